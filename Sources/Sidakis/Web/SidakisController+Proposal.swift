import Core
import Database
import DTKS
import Foundation
import HTTPServer
import Registry
import Web

extension SidakisController {
    struct Fact: Encodable {
        let term: String
        let value: String
    }

    struct MoveForm: Encodable {
        let name: String
        let label: String
        let note: FormField
        let requiresNote: Bool
    }

    struct DocumentLine: Encodable {
        let label: String
        let fileName: String
        let link: String
        let size: String
        let added: String
        let replaced: Bool
    }

    struct HistoryLine: Encodable {
        let at: String
        let who: String
        let move: String
        let from: String
        let to: String
        let note: String
    }

    struct TimingLine: Encodable {
        let label: String
        let entered: String
        let left: String
        let worked: String
        let standard: String
        let overdue: Bool
    }

    struct FamilyLine: Encodable {
        let id: Int64
        let number: String
        let name: String
        let status: String
    }

    struct ProposalView: Encodable {
        let id: Int64
        let number: String
        let badge: Badge
        let facts: [Fact]
        let support: [Fact]
        let warnings: [String]
        let hasWarnings: Bool
        let missing: String?
        let lastNote: String?
        let documents: [DocumentLine]
        let moves: [MoveForm]
        let version: Int
        let canResubmit: Bool
        let resultForm: [FormField]?
        let hasResultForm: Bool
        let history: [HistoryLine]
        let timings: [TimingLine]
        let family: [FamilyLine]
        let overdue: Bool
    }

    /// Roles with `Action.viewFullNIK` see the whole NIK and No KK, and each such opening is audited.
    func proposalPage(_ request: Request, _ context: RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try Self.id(context)
        let proposal = user.may(Action.viewFullNIK)
            ? try service.openFullRecord(id, by: actor, scope: user.scope) : try service.proposal(id, scope: user.scope)
        return try renderProposal(proposal, context: context, moveProblems: [:], status: .ok)
    }

    func renderProposal(
        _ proposal: Proposal, context: RequestContext, moveProblems: [String: String], status: HTTPStatus,
        noteValue: String = "", resultValues: [String: String] = [:]
    ) throws -> Response {
        let user = try context.signedInUser()
        let now = clock.now
        let today = CalendarDate(now, timeZone: timeZone)
        let sla = WorkflowSLA(SidakisWorkflow.definition, settings: pages.settings.current)
        let (support, documents, missing, events, family, batch) = try pool.read { db in
            let support = try DecisionSupport.gather(for: proposal, today: today, in: db)
            let documents = try ProposalDocumentStore.documents(of: proposal.id, in: db)
            let missing = try service.missingDocuments(proposal, in: db)
            let events = try WorkflowHistory.events(workflow: SidakisWorkflow.definition.kind, itemID: proposal.id, in: db)
            let family = try proposal.familyGroup.map { try ProposalStore.family($0, in: db) } ?? []
            let batch = try proposal.batchID.flatMap { try BatchStore.find($0, in: db) }
            return (support, documents, missing, events, family, batch)
        }
        let fullNIK = user.may(Action.viewFullNIK)
        let nik = fullNIK ? proposal.nik : IdentityNumberText.masked(proposal.nik)
        var facts = [
            Fact(term: "Nomor registrasi", value: proposal.registrationNumber),
            Fact(term: "Nama", value: proposal.name),
            Fact(term: "NIK", value: nik),
            Fact(term: "Jenis usulan", value: proposal.kind.label + (proposal.previousSegment.map { " dari \($0.label)" } ?? "")),
            Fact(term: "Sumber", value: proposal.source.label),
            Fact(term: "Alasan", value: proposal.reason.isEmpty ? "—" : proposal.reason),
            Fact(term: "Pengusul", value: proposal.proposerName),
            Fact(term: "Diajukan", value: dateTime(proposal.createdAt)),
            Fact(term: "Status sejak", value: dateTime(proposal.statusSince)),
        ]
        if let batch { facts.append(Fact(term: "Batch aktivasi", value: batch.number)) }
        if let kis = proposal.kisNumber { facts.append(Fact(term: "Nomor KIS", value: kis)) }
        if !proposal.resultReason.isEmpty { facts.append(Fact(term: "Keterangan hasil", value: proposal.resultReason)) }
        var supportFacts: [Fact] = []
        if let person = support.person {
            supportFacts += [
                Fact(term: "Tempat, tanggal lahir", value: "\(person.birthPlace), \(person.birthDate.indonesian) (\(support.age ?? 0) tahun)"),
                Fact(term: "Jenis kelamin", value: person.sex.label),
                Fact(term: "Hubungan dalam keluarga", value: person.relationship.label),
                Fact(term: "Kepesertaan JKN", value: person.jknSegment.label),
                Fact(term: "Cek format NIK", value: support.nikProblem ?? "Sesuai aturan (wilayah, tanggal lahir, jenis kelamin)"),
            ]
        }
        if let household = support.household {
            supportFacts.append(Fact(
                term: "Keluarga",
                value: "KK \(fullNIK ? household.noKK : household.maskedNoKK) · \(household.address) RT \(household.rt)/RW \(household.rw) · \(support.kalurahan), \(support.kapanewon)"))
        }
        supportFacts += [
            Fact(term: "Pemadanan Dukcapil", value: support.dukcapilText),
            Fact(term: "DTKS/DTSEN", value: support.dtksText),
            Fact(term: "SIDAMESRA", value: support.scoreText),
        ]
        let transitions = SidakisWorkflow.definition.available(from: proposal.status.rawValue, for: user.role)
            .filter { SidakisWorkflow.pageMoves.contains($0.name) }
        let moves = transitions.map { transition in
            MoveForm(
                name: transition.name, label: transition.label,
                note: FormField(
                    name: SubmissionInput.Field.note, label: transition.requiresNote ? "Alasan / catatan" : "Catatan (boleh kosong)",
                    value: noteValue, type: "textarea", required: transition.requiresNote,
                    error: moveProblems[SubmissionInput.Field.note]),
                requiresNote: transition.requiresNote)
        }
        let resultForm: [FormField]? = proposal.status == .activating && user.may(Action.activateProposals) ? [
            FormField(name: "hasil", label: "Hasil dari BPJS Kesehatan", value: resultValues["hasil"] ?? "", type: "select",
                      required: true, error: moveProblems["hasil"],
                      options: FormField.Option.list(ActivationResult.allCases, label: \.label, selected: resultValues["hasil"] ?? "")),
            FormField(name: "kis", label: "Nomor KIS (13 digit, bila berhasil)", value: resultValues["kis"] ?? "",
                      error: moveProblems["kis"]),
            FormField(name: "alasan_hasil", label: "Alasan (bila tidak berhasil atau ditangguhkan)",
                      value: resultValues["alasan_hasil"] ?? "", type: "textarea", error: moveProblems["alasan_hasil"]),
        ] : nil
        let labels = Dictionary(SidakisWorkflow.definition.steps.map { ($0.state, $0.label) }, uniquingKeysWith: { a, _ in a })
        let moveLabels = Dictionary(SidakisWorkflow.definition.transitions.map { ($0.name, $0.label) }, uniquingKeysWith: { a, _ in a })
        let history = events.map { event in
            HistoryLine(
                at: dateTime(event.at), who: event.username.isEmpty ? "sistem" : event.username,
                move: moveLabels[event.transition] ?? (event.from == nil ? "Diajukan" : event.transition),
                from: event.from.map { ProposalStatus(rawValue: $0)?.label ?? $0 } ?? "—",
                to: ProposalStatus(rawValue: event.to)?.label ?? event.to, note: event.note)
        }
        let timings = sla.timings(events, now: now).map { timing in
            TimingLine(
                label: labels[timing.state] ?? timing.label, entered: dateTime(timing.enteredAt),
                left: timing.leftAt.map(dateTime) ?? "masih di sini", worked: WorkingDuration.text(timing.workingMinutes),
                standard: timing.standardMinutes.map { WorkingDuration.text($0) } ?? "—", overdue: timing.isOverdue)
        }
        let view = ProposalView(
            id: proposal.id, number: proposal.registrationNumber,
            badge: Badge(tone: proposal.status.tone, label: proposal.status.label), facts: facts, support: supportFacts,
            warnings: support.warnings, hasWarnings: !support.warnings.isEmpty,
            missing: missing.isEmpty ? nil : missing.map(\.label).joined(separator: ", "),
            lastNote: proposal.lastNote.isEmpty ? nil : proposal.lastNote,
            documents: documents.map { document in
                DocumentLine(
                    label: document.document.label, fileName: document.fileName, link: "/sidakis/berkas/\(document.attachmentID)",
                    size: IndonesianFormat.number((document.byteCount + 1023) / 1024) + " KB", added: dateTime(document.addedAt),
                    replaced: document.replaced)
            },
            moves: moves, version: proposal.version,
            canResubmit: proposal.status == .returned && user.may(Action.submitProposal), resultForm: resultForm,
            hasResultForm: resultForm != nil,
            history: history, timings: timings,
            family: family.filter { $0.id != proposal.id }.map {
                FamilyLine(id: $0.id, number: $0.registrationNumber, name: $0.name, status: $0.status.label)
            },
            overdue: sla.isOverdue(state: proposal.status.rawValue, since: proposal.statusSince, now: now))
        return try pages.render("sidakis/usulan", title: "Usulan \(proposal.registrationNumber)", view, context: context, status: status)
    }

    func moveProposal(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try Self.id(context)
        let move = try context.parameters.require("move", as: String.self)
        let fields = try request.urlEncodedForm()
        guard let version = fields[SubmissionInput.Field.version].flatMap({ Int($0) }) else { throw HTTPError(.badRequest) }
        let note = fields[SubmissionInput.Field.note] ?? ""
        // The route is open to every viewer of proposals; the move's own action decides.
        guard let transition = SidakisWorkflow.definition.transition(named: move) else { throw HTTPError(.notFound) }
        let proposal = try service.proposal(id, scope: user.scope)
        guard user.may(transition.action) else { throw HTTPError(.forbidden) }
        do {
            let moved = try service.move(id, move, version: version, note: note, by: actor, user: user)
            context.flash(.success, "\(transition.label): usulan \(moved.registrationNumber) sekarang \(moved.status.label.lowercased()).")
            return .redirect(to: "/sidakis/usulan/\(id)")
        } catch let error as ProposalError {
            guard case .invalid(let problems) = error else { throw error }
            return try renderProposal(proposal, context: context, moveProblems: problems, status: .unprocessableContent, noteValue: note)
        }
    }

    func saveResult(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try Self.id(context)
        let fields = try request.urlEncodedForm()
        guard let version = fields[SubmissionInput.Field.version].flatMap({ Int($0) }) else { throw HTTPError(.badRequest) }
        let proposal = try service.proposal(id, scope: user.scope)
        let values = ["hasil": fields["hasil"] ?? "", "kis": fields["kis"] ?? "", "alasan_hasil": fields["alasan_hasil"] ?? ""]
        do {
            let saved = try service.recordResult(
                id, ActivationResult(rawValue: values["hasil"] ?? ""), kisNumber: values["kis"] ?? "",
                reason: values["alasan_hasil"] ?? "", version: version, by: actor, user: user)
            context.flash(.success, "Hasil aktivasi \(saved.registrationNumber): \(saved.status.label).")
            return .redirect(to: "/sidakis/usulan/\(id)")
        } catch let error as ProposalError {
            guard case .invalid(let problems) = error else { throw error }
            return try renderProposal(proposal, context: context, moveProblems: problems, status: .unprocessableContent, resultValues: values)
        }
    }

    /// Serves a proposal document to a user who may see one of the proposals naming it; any
    /// other file id, or one outside the user's areas, is a 404.
    func document(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let attachmentID = try Self.id(context)
        let visible = try pool.read { db in
            try ProposalDocumentStore.proposals(naming: attachmentID, in: db).contains { proposalID in
                try ProposalStore.find(proposalID, in: user.scope, db: db) != nil
            }
        }
        guard visible, let contents = try service.attachments.open(attachmentID),
            contents.attachment.owner.entity == ProposalService.attachmentEntity
        else { throw ProposalError.notFound }
        return contents.response(to: request)
    }
}
