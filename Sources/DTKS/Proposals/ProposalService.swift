package import Core
package import Database
import Foundation
import Registry

/// The rules of DTKS proposals: who may propose which household, what each step must record,
/// and every move through the workflow engine inside one write transaction with the row's
/// optimistic version check. Every lookup goes through the caller's area scope.
package struct ProposalService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let attachments: AttachmentService
    let engine = WorkflowEngine(ProposalWorkflow.definition)

    /// The most requirement documents one proposal or re-proposal takes.
    package static let maximumDocuments = 5

    package init(pool: DatabasePool, clock: Clock, attachments: AttachmentService) {
        self.pool = pool
        self.clock = clock
        self.attachments = attachments
    }

    /// The owner of a proposal's documents and house photo.
    package static func owner(_ id: Int64) -> AttachmentOwner { AttachmentOwner(entity: "dtks_usulan", id: String(id)) }

    /// SOP step 1: proposes household `new.householdID` (inside `scope`) with its documents;
    /// returns the new proposal's id.
    @discardableResult
    package func propose(_ new: NewProposal, documents: [CheckedUpload] = [], by actor: Actor, scope: AreaScope) throws -> Int64 {
        try attachments.write { db, files in
            let now = clock.now
            guard let household = try HouseholdStore.find(new.householdID, in: scope, db: db) else { throw ProposalError.notFound }
            guard household.status == .active else { throw ProposalError.householdInactive }
            if let open = try ProposalStore.open(household: household.id, in: db) { throw ProposalError.alreadyOpen(open.id) }
            let id = try ProposalStore.insert(new, areaCode: household.areaCode, by: actor, at: now, in: db)
            try engine.start(
                itemID: id, state: ProposalState.proposed.rawValue, areaCode: household.areaCode, by: actor,
                note: new.reason.isEmpty ? nil : new.reason, in: db, at: now)
            for document in documents { try files.store(document, owner: Self.owner(id), by: actor, in: db, at: now) }
            return id
        }
    }

    /// Step 1 done: the requirements are complete and the proposal goes to coordination.
    package func accept(_ id: Int64, version: Int, by actor: Actor, scope: AreaScope) throws {
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            guard proposal.requirements.isComplete else {
                throw ProposalError.invalid(
                    field: "kelengkapan", message: "Kelengkapan belum lengkap (KK, KTP/NIK, SKTM atau pengantar RT): kembalikan ke pengusul.")
            }
            try apply(.accept, to: proposal, version: version, note: nil, by: actor, in: db)
        }
    }

    /// Step 2: the coordination's report and date.
    package func recordCoordination(
        _ id: Int64, version: Int, note: String, on day: CalendarDate?, by actor: Actor, scope: AreaScope
    ) throws {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw ProposalError.invalid(field: "catatan", message: "Tulis hasil koordinasi.") }
        guard let day else { throw ProposalError.invalid(field: "tanggal", message: "Isi tanggal koordinasi.") }
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            try apply(
                .recordCoordination, to: proposal, version: version, note: note,
                fields: [("coordination_note", note), ("coordination_date", day.iso)], by: actor, in: db)
        }
    }

    /// Returns the proposal to its proposer (incomplete requirements) with the reason.
    package func returnToProposer(_ id: Int64, version: Int, reason: String, by actor: Actor, scope: AreaScope) throws {
        let reason = try Self.requiredNote(reason, field: "catatan", message: "Tulis alasan pengembalian.")
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            try apply(.returnToProposer, to: proposal, version: version, note: reason, fields: [("return_reason", reason)], by: actor, in: db)
        }
    }

    /// Step 3: the field visit's outcome, with an optional house photo.
    package func assess(
        _ id: Int64, version: Int, _ assessment: FieldAssessment, photo: CheckedUpload? = nil, by actor: Actor,
        scope: AreaScope
    ) throws {
        let reasons = assessment.reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        if !assessment.eligible, reasons.isEmpty {
            throw ProposalError.invalid(field: "alasan", message: "Tulis alasan tidak layak.")
        }
        try attachments.write { db, files in
            let now = clock.now
            let proposal = try fetch(id, scope: scope, in: db)
            var fields: [(String, (any DatabaseValueConvertible)?)] = [
                ("assessment", assessment.eligible ? "layak" : "tidak_layak"), ("assessment_reasons", reasons),
                ("assessed_on", assessment.day.iso), ("latitude", assessment.latitude), ("longitude", assessment.longitude),
            ]
            if !assessment.eligible { fields.append(("return_reason", "Tidak layak: " + reasons)) }
            try apply(
                assessment.eligible ? .eligible : .notEligible, to: proposal, version: version,
                note: reasons.isEmpty ? nil : reasons, fields: fields, by: actor, in: db, at: now)
            if let photo { try files.replace(with: photo, owner: Self.owner(id), by: actor, in: db, at: now) }
        }
    }

    /// Step 4: entered into SIKS-NG.
    package func markEntered(_ id: Int64, version: Int, by actor: Actor, scope: AreaScope) throws {
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            try apply(
                .markEntered, to: proposal, version: version, note: nil,
                fields: [("entered_at", ISO8601Timestamp.format(clock.now))], by: actor, in: db)
        }
    }

    /// Step 5 for one proposal: matches its household's living members with the extract.
    package func match(_ id: Int64, version: Int, by actor: Actor, scope: AreaScope) throws -> Bool {
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            guard proposal.version == version else { throw ProposalError.stale }
            guard try DukcapilStore.latestLoad(in: db) != nil else {
                throw ProposalError.invalid(field: "", message: "Data Dukcapil belum dimuat.")
            }
            let members = try ProposalMatching.members(of: [proposal.id], in: db)[proposal.id] ?? []
            let candidate = ProposalMatching.Candidate(id: proposal.id, version: proposal.version, areaCode: proposal.areaCode)
            return try ProposalMatching.record(candidate, members: members, engine: engine, by: actor, in: db, at: clock.now)
        }
    }

    /// After a return: the proposer fixes the requirements and proposes again.
    package func proposeAgain(
        _ id: Int64, version: Int, requirements: ProposalRequirements, documents: [CheckedUpload] = [], by actor: Actor,
        scope: AreaScope
    ) throws {
        try attachments.write { db, files in
            let now = clock.now
            let proposal = try fetch(id, scope: scope, in: db)
            try apply(
                .proposeAgain, to: proposal, version: version, note: nil,
                fields: [("has_kk", requirements.familyCard ? 1 : 0), ("has_ktp", requirements.identityCard ? 1 : 0),
                         ("has_sktm", requirements.povertyLetter ? 1 : 0), ("assessment", nil), ("match_result", nil)],
                by: actor, in: db, at: now)
            for document in documents { try files.store(document, owner: Self.owner(id), by: actor, in: db, at: now) }
        }
    }

    /// Withdraws a proposal (before coordination, or after a return).
    package func withdraw(_ id: Int64, version: Int, reason: String, by actor: Actor, scope: AreaScope) throws {
        let reason = try Self.requiredNote(reason, field: "catatan", message: "Tulis alasan pembatalan.")
        try pool.write { db in
            let proposal = try fetch(id, scope: scope, in: db)
            try apply(.withdraw, to: proposal, version: version, note: reason, by: actor, in: db)
        }
    }

    /// Proposal `id` inside `scope`, or `notFound`.
    func fetch(_ id: Int64, scope: AreaScope, in db: Connection) throws -> Proposal {
        guard let proposal = try ProposalStore.find(id, scope: scope, in: db) else { throw ProposalError.notFound }
        return proposal
    }

    /// One move: the version the form read, the engine's checks, event and audit row, then the row.
    func apply(
        _ move: ProposalWorkflow.Move, to proposal: Proposal, version: Int, note: String?,
        fields: [(String, (any DatabaseValueConvertible)?)] = [], by actor: Actor, in db: Connection, at now: Date? = nil
    ) throws {
        let now = now ?? clock.now
        guard proposal.version == version else { throw ProposalError.stale }
        try ProposalMoves.apply(move, to: proposal, note: note, fields: fields, engine: engine, by: actor, in: db, at: now)
    }

    static func requiredNote(_ text: String, field: String, message: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ProposalError.invalid(field: field, message: message) }
        return trimmed
    }
}
