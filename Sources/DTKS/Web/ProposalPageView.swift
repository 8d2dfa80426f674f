import Core
import Foundation
import Registry
import Sidamesra

/// The model of `dtks/usulan`: the facts of every step so far, the household's SIDAMESRA score,
/// documents, the forms of the steps this user may take now, per-member matching, history and SLA.
struct ProposalPageView: Encodable {
    struct Document: Encodable {
        let path: String
        let name: String
        let kind: String
    }

    struct Check: Encodable {
        let name: String
        let nik: String
        let badge: Badge
        let reasons: String
    }

    struct Event: Encodable {
        let at: String
        let step: String
        let from: String
        let to: String
        let by: String
        let note: String
    }

    struct Timing: Encodable {
        let label: String
        let entered: String
        let left: String
        let spent: String
        let standard: String
        let overdue: Bool
    }

    let id: Int64
    let version: Int
    let badge: Badge
    let householdID: Int64
    let facts: [Fact]
    let score: String
    let canAssessHousehold: Bool
    let documents: [Document]
    let hasDocuments: Bool
    let checks: [Check]
    let hasChecks: Bool
    let events: [Event]
    let timings: [Timing]
    let today: String
    let errors: [String: String]
    let formError: String?
    let canAccept: Bool
    let canCoordinate: Bool
    let canReturn: Bool
    let canAssess: Bool
    let canEnter: Bool
    let canMatch: Bool
    let canProposeAgain: Bool
    let canWithdraw: Bool
    let canRegister: Bool
    let hasSteps: Bool

    init(_ detail: ProposalDetail, user: CurrentUser, form: StepForm, sla: WorkflowSLA, now: Date, timeZone: String) {
        let proposal = detail.proposal
        id = proposal.id
        version = proposal.version
        badge = Badge(tone: proposal.state.tone, label: proposal.state.label)
        householdID = detail.household.id
        let full = user.may(Action.viewFullNIK)
        func number(_ text: String) -> String { full ? text : IdentityNumberText.masked(text) }
        func yes(_ value: Bool) -> String { value ? "ada" : "belum" }
        var facts = [
            Fact(term: "Status", value: proposal.state.label),
            Fact(term: "No KK", value: number(detail.household.noKK)),
            Fact(term: "Kepala keluarga", value: detail.members.first?.name ?? "—"),
            Fact(term: "Kalurahan", value: detail.areaName),
            Fact(term: "Pengusul", value: proposal.proposerType.label + (proposal.proposerName.isEmpty ? "" : ": \(proposal.proposerName)")),
            Fact(term: "Diusulkan", value: IndonesianFormat.dateTime(proposal.createdAt, timeZone: timeZone)),
            Fact(
                term: "Kelengkapan",
                value: "KK \(yes(proposal.requirements.familyCard)), KTP \(yes(proposal.requirements.identityCard)), SKTM/pengantar RT \(yes(proposal.requirements.povertyLetter))"),
        ]
        if !proposal.reason.isEmpty { facts.append(Fact(term: "Alasan", value: proposal.reason)) }
        if !proposal.coordinationNote.isEmpty {
            facts.append(Fact(term: "Koordinasi", value: "\(proposal.coordinationDate?.indonesian ?? ""): \(proposal.coordinationNote)"))
        }
        if let eligible = proposal.eligible {
            let place = proposal.latitude.map { lat in " (koordinat \(lat), \(proposal.longitude ?? 0))" } ?? ""
            facts.append(
                Fact(
                    term: "Penilaian lapangan",
                    value: "\(eligible ? "Layak" : "Tidak layak"), \(proposal.assessedOn?.indonesian ?? "")\(place)"
                        + (proposal.assessmentReasons.isEmpty ? "" : ": \(proposal.assessmentReasons)")))
        }
        if let entered = proposal.enteredAt {
            facts.append(Fact(term: "Input SIKS-NG", value: IndonesianFormat.dateTime(entered, timeZone: timeZone)))
        }
        if let matched = proposal.matched {
            facts.append(Fact(term: "Pemadanan", value: matched ? "Padan" : "Tidak padan: \(proposal.matchReasons)"))
        }
        if let batch = detail.batchNumber { facts.append(Fact(term: "Berkas finalisasi", value: batch)) }
        if let idDTKS = proposal.idDTKS { facts.append(Fact(term: "ID DTKS", value: idDTKS)) }
        if proposal.state == .returned, !proposal.returnReason.isEmpty {
            facts.append(Fact(term: "Alasan dikembalikan", value: proposal.returnReason))
        }
        self.facts = facts
        score = detail.score.map { "\($0.shortText) (dinilai \($0.assessedOn.indonesian))" } ?? "Belum ada penilaian SIDAMESRA."
        canAssessHousehold = user.may(Action.assessHousehold)
        documents = detail.documents.map {
            Document(
                path: "/dtks/usulan/\(proposal.id)/lampiran/\($0.id)", name: $0.fileName,
                kind: $0.kind == .photo ? "Foto rumah" : "Dokumen")
        }
        hasDocuments = !documents.isEmpty
        checks = detail.checks.map {
            Check(
                name: $0.name, nik: number($0.nik), badge: Badge(tone: $0.padan ? "ok" : "danger", label: $0.padan ? "Padan" : "Tidak padan"),
                reasons: $0.reasons.map(\.label).joined(separator: ", "))
        }
        hasChecks = !checks.isEmpty
        let definition = ProposalWorkflow.definition
        events = detail.events.map { event in
            Event(
                at: IndonesianFormat.dateTime(event.at, timeZone: timeZone),
                step: definition.transition(named: event.transition)?.label ?? "Usulan dibuat",
                from: event.from.map(definition.label(of:)) ?? "—", to: definition.label(of: event.to), by: event.username,
                note: event.note)
        }
        timings = sla.timings(detail.events, now: now).map { timing in
            Timing(
                label: timing.label, entered: IndonesianFormat.dateTime(timing.enteredAt, timeZone: timeZone),
                left: timing.leftAt.map { IndonesianFormat.dateTime($0, timeZone: timeZone) } ?? "masih di sini",
                spent: WorkingDuration.text(timing.workingMinutes),
                standard: timing.standardMinutes.map { WorkingDuration.text($0) } ?? "—", overdue: timing.isOverdue)
        }
        today = CalendarDate(now, timeZone: timeZone).iso
        errors = form.errors
        formError = form.errors["langkah"] ?? form.errors["kelengkapan"]
        let moves = Set(definition.available(from: proposal.state.rawValue, for: user.role).map(\.name))
        func may(_ move: ProposalWorkflow.Move) -> Bool { moves.contains(move.rawValue) }
        canAccept = may(.accept)
        canCoordinate = may(.recordCoordination)
        canReturn = may(.returnToProposer)
        canAssess = may(.eligible)
        canEnter = may(.markEntered)
        canMatch = may(.matched)
        canProposeAgain = may(.proposeAgain)
        canWithdraw = may(.withdraw)
        canRegister = may(.register)
        hasSteps = !moves.isEmpty
    }
}
