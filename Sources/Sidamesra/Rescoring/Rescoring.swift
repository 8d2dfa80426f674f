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

    /// The audit action written once per batch.
    package static let auditAction = "penilaian.skor-ulang"

    package init(pool: DatabasePool, clock: Clock = .system, batchSize: Int = 2_000) {
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
        let (active, total) = try pool.read { db -> (IndicatorSet?, Int) in
            (try IndicatorSetStore.active(in: db), try Self.outdatedCount(activeSetID: activeSetID, in: db))
        }
        guard let active, active.id == activeSetID else { throw RescoreError.setNotActive }
        var outcome = RescoreOutcome()
        var maps: [Int64: CarryOverMap] = [:]
        var cursor: Int64 = 0
        var done = 0
        while true {
            let batch = try pool.write { db -> (count: Int, last: Int64, outcome: RescoreOutcome)? in
                guard try IndicatorSetStore.activeID(in: db) == active.id else { throw RescoreError.setNotActive }
                let households = try RescoreStore.batch(
                    outdatedFrom: active.id, after: cursor, limit: batchSize, in: db)
                guard let last = households.last else { return nil }
                for setID in Set(households.map(\.setID)) where maps[setID] == nil {
                    guard let old = try IndicatorSetStore.find(setID, in: db) else { continue }
                    maps[setID] = CarryOverMap(from: old, to: active)
                }
                let now = clock.now
                let writer = RescoreStore.Writer(set: active, createdAt: ISO8601Timestamp.format(now), by: actor.userID)
                var batchOutcome = RescoreOutcome()
                var slots = [CarryOverMap.Target?](repeating: nil, count: active.indicators.count)
                for household in households {
                    for index in slots.indices { slots[index] = nil }
                    if let map = maps[household.setID] {
                        for optionID in household.optionIDs {
                            if let target = map.target(of: optionID) { slots[target.slot] = target }
                        }
                    }
                    var points = 0
                    var complete = true
                    for slot in slots {
                        guard let slot else {
                            complete = false
                            break
                        }
                        points += slot.points
                    }
                    guard complete, let band = active.band(for: points) else {
                        batchOutcome.needsReassessment += 1
                        continue
                    }
                    try writer.record(household, answers: slots.compactMap { $0 }, total: points, band: band, in: db)
                    batchOutcome.rescored += 1
                }
                batchOutcome.batches = 1
                var changes = AuditChanges()
                changes.set("set_id", to: String(active.id))
                changes.set("households", to: String(households.count))
                changes.set("rescored", to: String(batchOutcome.rescored))
                changes.set("needs_reassessment", to: String(batchOutcome.needsReassessment))
                changes.set("first_assessment_id", to: String(households[0].assessmentID))
                changes.set("last_assessment_id", to: String(last.assessmentID))
                _ = try AuditLog.record(
                    AuditEntry(action: Self.auditAction, entity: "indicator_set", entityID: String(active.id), changes: changes),
                    by: actor, in: db, at: now)
                var running = outcome
                running.rescored += batchOutcome.rescored
                running.needsReassessment += batchOutcome.needsReassessment
                running.batches += 1
                try progress(min(done + households.count, total), total, running, db)
                return (households.count, last.assessmentID, batchOutcome)
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
