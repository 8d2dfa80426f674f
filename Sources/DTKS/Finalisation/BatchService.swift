package import Core
package import Database
import Foundation

/// Finalisation batches (SOP step 6): opening one collects every layak and padan proposal not yet
/// finalised, under a number from the Core numbering service; the references are recorded; the
/// Kepala Seksi approves; marking it uploaded moves each of its proposals to "waiting for the ID
/// DTKS", all in one transaction.
package struct BatchService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache
    let engine = WorkflowEngine(BatchWorkflow.definition)
    let proposals = WorkflowEngine(ProposalWorkflow.definition)

    /// The numbering series and its format: `DTKS/001/XI/2026`.
    package static let series = "dtks.finalisasi"
    package static let numberFormat = "DTKS/{seq:3}/{month_roman}/{year}"

    package init(pool: DatabasePool, clock: Clock, settings: SettingsCache) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Opens a batch for the period and fills it; returns its id.
    @discardableResult
    package func open(from start: CalendarDate?, to end: CalendarDate?, meeting: String, by actor: Actor) throws -> Int64 {
        guard let start, let end else { throw BatchError.invalid(field: "periode", message: "Isi awal dan akhir periode.") }
        guard start <= end else { throw BatchError.invalid(field: "periode", message: "Awal periode harus sebelum akhirnya.") }
        return try pool.write { db in
            let now = clock.now
            guard try BatchStore.waitingCount(in: db) > 0 else { throw BatchError.nothingToFinalise }
            let number = try NumberingService.next(
                series: Self.series, format: Self.numberFormat, in: db, at: now, timeZone: settings.current.timeZone)
            let id = try BatchStore.insert(
                number: number.text, start: start, end: end,
                references: BatchReferences(meeting: meeting.trimmingCharacters(in: .whitespaces)), by: actor, at: now, in: db)
            try engine.start(itemID: id, state: BatchState.draft.rawValue, areaCode: "", by: actor, note: number.text, in: db, at: now)
            let count = try BatchStore.collect(into: id, in: db)
            try audit("dtks_finalisasi.isi", id, "usulan", String(count), by: actor, in: db, at: now)
            return id
        }
    }

    /// Adds the proposals that became ready since (draft only); returns how many were added.
    package func refill(_ id: Int64, version: Int, by actor: Actor) throws -> Int {
        try pool.write { db in
            let batch = try fetch(id, version: version, in: db)
            guard batch.state == .draft else { throw BatchError.notDraft }
            let count = try BatchStore.collect(into: id, in: db)
            try audit("dtks_finalisasi.isi", id, "usulan", String(count), by: actor, in: db, at: clock.now)
            return count
        }
    }

    /// Records the references (draft or approved).
    package func saveReferences(_ id: Int64, _ references: BatchReferences, version: Int, by actor: Actor) throws {
        try pool.write { db in
            let batch = try fetch(id, version: version, in: db)
            guard batch.state != .uploaded else { throw BatchError.notDraft }
            guard try BatchStore.saveReferences(id, references, version: version, at: clock.now, in: db) else { throw BatchError.stale }
            var changes = AuditChanges()
            changes.set("musdes", from: batch.references.meeting, to: references.meeting)
            changes.set("nota_dinas", from: batch.references.memoNumber, to: references.memoNumber)
            changes.set("tanggal_nota_dinas", from: batch.references.memoDate?.iso, to: references.memoDate?.iso)
            changes.set("sk", from: batch.references.decreeNumber, to: references.decreeNumber)
            changes.set("tanggal_sk", from: batch.references.decreeDate?.iso, to: references.decreeDate?.iso)
            try AuditLog.record(
                AuditEntry(action: "dtks_finalisasi.rujukan", entity: BatchWorkflow.kind, entityID: String(id), changes: changes),
                by: actor, in: db, at: clock.now)
        }
    }

    /// The Kepala Seksi approves (disahkan) a draft whose references are complete.
    package func approve(_ id: Int64, version: Int, by actor: Actor) throws {
        try pool.write { db in
            let batch = try fetch(id, version: version, in: db)
            if let (field, message) = batch.references.missingForApproval.first { throw BatchError.invalid(field: field, message: message) }
            try move(batch, "sahkan", by: actor, in: db)
        }
    }

    /// Marks an approved batch uploaded: each of its proposals now waits for its ID DTKS.
    package func markUploaded(_ id: Int64, version: Int, by actor: Actor) throws {
        try pool.write { db in
            let batch = try fetch(id, version: version, in: db)
            try move(batch, "unggah", by: actor, in: db)
            let now = clock.now
            for (proposal, state) in try BatchStore.proposals(of: id, in: db) where state == .finalisation {
                try ProposalMoves.apply(
                    .upload, to: proposal, state: state, note: batch.number, fields: [], engine: proposals, by: actor, in: db, at: now)
            }
        }
    }

    private func fetch(_ id: Int64, version: Int, in db: Connection) throws -> FinalisationBatch {
        guard let batch = try BatchStore.find(id, in: db) else { throw BatchError.notFound }
        guard batch.version == version else { throw BatchError.stale }
        return batch
    }

    private func move(_ batch: FinalisationBatch, _ name: String, by actor: Actor, in db: Connection) throws {
        let now = clock.now
        let event = try engine.apply(name, itemID: batch.id, from: batch.state.rawValue, areaCode: "", by: actor, in: db, at: now)
        guard let state = BatchState(rawValue: event.to),
            try BatchStore.move(batch.id, to: state, version: batch.version, at: now, in: db)
        else { throw BatchError.stale }
    }

    private func audit(_ action: String, _ id: Int64, _ field: String, _ value: String, by actor: Actor, in db: Connection, at now: Date) throws {
        var changes = AuditChanges()
        changes.set(field, to: value)
        try AuditLog.record(AuditEntry(action: action, entity: BatchWorkflow.kind, entityID: String(id), changes: changes), by: actor, in: db, at: now)
    }
}
