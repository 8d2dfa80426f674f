package import Core
package import Database
import Foundation

/// Re-scoring every household's current answers under the active indicator set (a new version
/// whose indicator codes match the old ones). Households are taken in batches, each batch one
/// write transaction that commits whole or not at all, with one audit row. A household already
/// under the active set is skipped, so a run stopped half-way continues where it stopped.
package struct Rescoring: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    /// Households per write transaction.
    package var batchSize: Int

    /// Households per write transaction unless told otherwise. Larger batches write the pages
    /// every batch touches (the tails of the answers and their option index) fewer times: over
    /// 297,000 households 2,000 took 19.2 s of CPU and 10,000 16.5 s (Benchmarks/README.md, Scale),
    /// while the writer is held for one batch at a time.
    package static let defaultBatchSize = 5_000

    /// The audit action written once per batch.
    package static let auditAction = "penilaian.skor-ulang"

    package init(pool: DatabasePool, clock: Clock = .system, batchSize: Int = defaultBatchSize) {
        self.pool = pool
        self.clock = clock
        self.batchSize = max(1, batchSize)
    }

    /// How many households have a current score under another set than the active one.
    package static func outdatedCount(activeSetID: Int64, in db: Connection) throws -> Int {
        try db.scalar(Int.self, "SELECT count(*) FROM household_scores WHERE set_id <> ?", [activeSetID])
    }

    /// Re-scores under set `activeSetID`, which must still be the active set. `progress` is called
    /// inside each batch's transaction with households done and the total to do (pass it on to
    /// `JobContext.report(done:total:message:in:)`; throwing from it rolls the batch back).
    package func run(
        activeSetID: Int64, by actor: Actor,
        progress: (_ done: Int, _ total: Int, _ outcome: RescoreOutcome, _ db: Connection) throws -> Void = { _, _, _, _ in }
    ) throws -> RescoreOutcome {
        let (active, total, oldSets) = try pool.read { db -> (IndicatorSet?, Int, [IndicatorSet]) in
            let oldSets = try db.query("SELECT id FROM indicator_sets WHERE id <> ? ORDER BY id", [activeSetID])
                .compactMap { row in try IndicatorSetStore.find(try row.get(0), in: db) }
            return (try IndicatorSetStore.active(in: db), try Self.outdatedCount(activeSetID: activeSetID, in: db), oldSets)
        }
        guard let active, active.id == activeSetID else { throw RescoreError.setNotActive }
        // The active set maps onto itself too: answers are stored as observed, so a household's
        // may be in the active set's options while its score is still under another set.
        let maps = (oldSets + [active]).map { CarryOverMap(from: $0, to: active) }
        var outcome = RescoreOutcome()
        var cursor: Int64 = 0
        var done = 0
        while true {
            let batch = try pool.writeWithoutTransaction { db in
                try RescoreStore.withoutForeignKeyChecks(db) { () -> (count: Int, last: Int64, outcome: RescoreOutcome)? in
                    guard try IndicatorSetStore.activeID(in: db) == active.id else { throw RescoreError.setNotActive }
                    try RescoreStore.prepare(active, carryingOver: maps, in: db)
                    let now = clock.now
                    guard
                        let result = try RescoreStore.rescoreBatch(
                            under: active, after: cursor, limit: batchSize, createdAt: ISO8601Timestamp.format(now),
                            by: actor.userID, in: db)
                    else { return nil }
                    var batchOutcome = RescoreOutcome()
                    batchOutcome.rescored = result.rescored
                    batchOutcome.needsReassessment = result.households - result.rescored
                    batchOutcome.batches = 1
                    var changes = AuditChanges()
                    changes.set("set_id", to: String(active.id))
                    changes.set("households", to: String(result.households))
                    changes.set("rescored", to: String(batchOutcome.rescored))
                    changes.set("needs_reassessment", to: String(batchOutcome.needsReassessment))
                    changes.set("first_assessment_id", to: String(result.firstAssessmentID))
                    changes.set("last_assessment_id", to: String(result.lastAssessmentID))
                    _ = try AuditLog.record(
                        AuditEntry(action: Self.auditAction, entity: "indicator_set", entityID: String(active.id), changes: changes),
                        by: actor, in: db, at: now)
                    var running = outcome
                    running.rescored += batchOutcome.rescored
                    running.needsReassessment += batchOutcome.needsReassessment
                    running.batches += 1
                    try progress(min(done + result.households, total), total, running, db)
                    return (result.households, result.lastAssessmentID, batchOutcome)
                }
            }
            guard let batch else { break }
            cursor = batch.last
            done += batch.count
            outcome.rescored += batch.outcome.rescored
            outcome.needsReassessment += batch.outcome.needsReassessment
            outcome.batches += 1
        }
        return outcome
    }
}

/// Why re-scoring could not run.
package enum RescoreError: Error, Sendable, Equatable {
    /// The set named is not (or no longer) the active one.
    case setNotActive

    /// A sentence for the user.
    package var message: String {
        switch self {
        case .setNotActive: "Set indikator ini tidak aktif lagi; hitung ulang dari set yang aktif sekarang."
        }
    }
}
