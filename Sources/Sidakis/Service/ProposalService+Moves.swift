package import Core
package import Database
import Foundation
import Registry

extension ProposalService {
    /// Applies a page move (terima, verifikasi, kembalikan, setujui, kembalikan ke staf, aktivasi
    /// ulang) to the proposal the user opened at `version`. Someone else's move since then is
    /// `changedMeanwhile` and nothing is written.
    package func move(
        _ id: Int64, _ transitionName: String, version: Int, note: String, by actor: Actor, user: CurrentUser
    ) throws -> Proposal {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard SidakisWorkflow.pageMoves.contains(transitionName),
            let transition = SidakisWorkflow.definition.transition(named: transitionName)
        else { throw ProposalError.notAllowed("Tindakan tidak dikenal.") }
        return try pool.write { db in
            let proposal = try current(id, version: version, scope: user.scope, in: db)
            guard transition.from.contains(proposal.status.rawValue) else {
                throw ProposalError.notAllowed(
                    "\(transition.label) tidak dapat dilakukan pada usulan berstatus \(proposal.status.label.lowercased()).")
            }
            if transition.requiresNote, note.count < 5 {
                throw ProposalError.invalid([SubmissionInput.Field.note: "Tulis alasan atau catatan (minimal 5 karakter)."])
            }
            if transitionName == SidakisWorkflow.Move.receive || transitionName == SidakisWorkflow.Move.verify {
                try requireDocuments(proposal, in: db)
            }
            let now = clock.now
            let event = try engine.apply(
                transitionName, itemID: id, from: proposal.status.rawValue, areaCode: proposal.areaCode, by: actor,
                note: note.isEmpty ? nil : note, in: db, at: now)
            guard let to = ProposalStatus(rawValue: event.to) else { throw ProposalError.notAllowed("Status tujuan tidak dikenal.") }
            var changes = ProposalStore.MoveChanges(note: transition.requiresNote ? note : nil)
            if to == .approved, transitionName == SidakisWorkflow.Move.approve { changes.approvedAt = now }
            if transitionName == SidakisWorkflow.Move.reactivate { changes.clearBatch = true }
            try save(proposal, to: to, changes: changes, at: now, in: db)
            return try reread(id, in: db)
        }
    }

    /// A returned proposal, corrected by its proposer (kind, source, reason, replaced documents),
    /// goes back to the staff's inbox; the earlier documents and every move stay in its history.
    package func resubmit(
        _ id: Int64, _ input: SubmissionInput, files: [String: AttachmentUpload], version: Int, note: String,
        by actor: Actor, user: CurrentUser
    ) throws -> Proposal {
        var problems: [String: String] = [:]
        let (kind, previous, source, reason) = Self.validChoices(input, problems: &problems)
        var checked: [String: CheckedUpload] = [:]
        let wanted = Set([SubmissionInput.Field.familyCard] + input.personIDs.map(SubmissionInput.Field.personalDocument))
        for (field, upload) in files where wanted.contains(field) {
            do {
                checked[field] = try AttachmentService.check(upload, kind: .document)
            } catch {
                guard error.isFieldError else { throw error }
                problems[field] = error.message
            }
        }
        guard let kind, let source, problems.isEmpty else { throw ProposalError.invalid(problems) }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try attachments.write { db, files in
            let proposal = try current(id, version: version, scope: user.scope, in: db)
            guard proposal.status == .returned else {
                throw ProposalError.notAllowed("Hanya usulan yang dikembalikan yang dapat diajukan ulang.")
            }
            let now = clock.now
            let owner = AttachmentOwner(entity: Self.attachmentEntity, id: String(id))
            var stored: [(ProposalDocument, Attachment)] = []
            if let upload = checked[SubmissionInput.Field.familyCard] {
                let attachment = try files.store(upload, owner: owner, by: actor, in: db, at: now)
                try ProposalDocumentStore.link(attachment.id, to: id, as: .familyCard, at: now, in: db)
                stored.append((.familyCard, attachment))
            }
            if let upload = checked[SubmissionInput.Field.personalDocument(proposal.personID)] {
                let attachment = try files.store(upload, owner: owner, by: actor, in: db, at: now)
                let document = try personalDocument(proposal, in: db)
                try ProposalDocumentStore.link(attachment.id, to: id, as: document, at: now, in: db)
                stored.append((document, attachment))
            }
            try Self.recordDocuments(stored, proposal: id, area: proposal.areaCode, by: actor, in: db, at: now)
            try ProposalStore.correct(id, kind: kind, previousSegment: previous, source: source, reason: reason, in: db)
            try requireDocuments(proposal, in: db)
            let event = try engine.apply(
                SidakisWorkflow.Move.resubmit, itemID: id, from: proposal.status.rawValue, areaCode: proposal.areaCode,
                by: actor, note: note.isEmpty ? nil : note, in: db, at: now)
            try save(proposal, to: ProposalStatus(rawValue: event.to) ?? .submitted, changes: .init(), at: now, in: db)
            return try reread(id, in: db)
        }
    }

    /// Records BPJS's answer for a proposal in activation, inside the caller's transaction:
    /// berhasil with the 13-digit KIS number sets the person's JKN segment to PBI APBD in the
    /// register; tidak berhasil and ditangguhkan need the reason.
    package func recordResult(
        _ proposal: Proposal, _ result: ActivationResult, kisNumber: String?, reason: String, by actor: Actor,
        in db: Connection
    ) throws -> Proposal {
        guard proposal.status == .activating else {
            throw ProposalError.notAllowed("Hasil hanya dicatat untuk usulan yang sedang dalam proses aktivasi.")
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var changes = ProposalStore.MoveChanges(resultReason: reason)
        switch result {
        case .succeeded:
            guard let kis = kisNumber.flatMap(KISNumber.parse) else {
                throw ProposalError.invalid(["kis": "Nomor KIS harus 13 digit angka."])
            }
            changes.kisNumber = kis
        case .failed, .postponed:
            guard reason.count >= 3 else { throw ProposalError.invalid(["alasan_hasil": "Tulis alasannya."]) }
        }
        let now = clock.now
        let event = try engine.apply(
            result.transition, itemID: proposal.id, from: proposal.status.rawValue, areaCode: proposal.areaCode, by: actor,
            note: reason.isEmpty ? changes.kisNumber.map { "KIS \($0)" } : reason, in: db, at: now)
        try save(proposal, to: ProposalStatus(rawValue: event.to) ?? .activating, changes: changes, at: now, in: db)
        if result == .succeeded {
            _ = try registry.setJKNSegment(
                proposal.personID, to: .pbiAPBD, reason: "SIDAKIS \(proposal.registrationNumber) berhasil", by: actor, in: db)
        }
        return try reread(proposal.id, in: db)
    }

    /// The manual result form of one proposal.
    package func recordResult(
        _ id: Int64, _ result: ActivationResult?, kisNumber: String, reason: String, version: Int, by actor: Actor,
        user: CurrentUser
    ) throws -> Proposal {
        guard let result else { throw ProposalError.invalid(["hasil": "Pilih hasil aktivasi."]) }
        return try pool.write { db in
            let proposal = try current(id, version: version, scope: user.scope, in: db)
            return try recordResult(proposal, result, kisNumber: kisNumber, reason: reason, by: actor, in: db)
        }
    }

    /// The proposal at `version`, or the reason it cannot be acted on.
    func current(_ id: Int64, version: Int, scope: AreaScope, in db: Connection) throws -> Proposal {
        guard let proposal = try ProposalStore.find(id, in: scope, db: db) else { throw ProposalError.notFound }
        guard proposal.version == version else { throw ProposalError.changedMeanwhile(current: proposal.status) }
        return proposal
    }

    /// Writes the move with the optimistic lock; a lost race rolls the whole transaction back.
    func save(
        _ proposal: Proposal, to status: ProposalStatus, changes: ProposalStore.MoveChanges, at date: Date, in db: Connection
    ) throws {
        guard try ProposalStore.move(
            proposal.id, to: status, expectedVersion: proposal.version, changes: changes, at: date, in: db)
        else { throw ProposalError.changedMeanwhile(current: proposal.status) }
    }

    func reread(_ id: Int64, in db: Connection) throws -> Proposal {
        guard let proposal = try ProposalStore.find(id, in: .everywhere, db: db) else { throw ProposalError.notFound }
        return proposal
    }

    /// The personal document the proposed person needs today.
    func personalDocument(_ proposal: Proposal, in db: Connection) throws -> ProposalDocument {
        guard let person = try PersonStore.find(proposal.personID, in: .everywhere, db: db) else { return .identityCard }
        return ProposalDocument.personal(forAge: person.birthDate.years(until: today))
    }

    /// The documents still missing (the SOP's warning: careless checking stops the service).
    package func missingDocuments(_ proposal: Proposal, in db: Connection) throws -> [ProposalDocument] {
        let present = try ProposalDocumentStore.currentKinds(of: proposal.id, in: db)
        var needed: [ProposalDocument] = [.familyCard, try personalDocument(proposal, in: db)]
        // A child who turned 17 since submission may still bring the birth certificate or KIA.
        if needed[1] == .identityCard, present.contains(.birthCertificate) { needed[1] = .birthCertificate }
        return needed.filter { !present.contains($0) }
    }

    private func requireDocuments(_ proposal: Proposal, in db: Connection) throws {
        let missing = try missingDocuments(proposal, in: db)
        guard missing.isEmpty else {
            throw ProposalError.notAllowed(
                "Berkas belum lengkap: " + missing.map(\.label).joined(separator: ", ") + ". Kembalikan usulan ke pengusul.")
        }
    }
}
