import App
import Core
import Database
import Foundation
import Sidamesra
import Testing
import TestSupport

/// `dinsos rescore` on a small synthetic registry: every assessed household moves to the newly
/// activated set, in batches, with their totals kept (a plain copy keeps every option's points).
@Suite struct RescoreCommandTests {
    @Test func everyAssessedHouseholdMovesToTheActiveSet() throws {
        let seeded = try SyntheticSeedTests.Seeded(households: 120)
        defer { seeded.remove() }
        let before = try seeded.read { db in
            try db.query("SELECT household_id, total FROM household_scores ORDER BY household_id").map {
                "\(try $0.get(0) as Int64):\(try $0.get(1) as Int)"
            }
        }
        let pool = try DatabasePool(path: seeded.database)
        let service = IndicatorSetService(pool: pool, clock: SyntheticSeedTests.clock)
        let draft = try service.copyToDraft(1, by: .cli)
        let active = try service.activate(draft.id, version: draft.version, by: .cli)
        pool.close()

        let outcome = try RescoreCommand.run(
            databasePath: seeded.database, root: TestApp.root, batchSize: 50, clock: SyntheticSeedTests.clock)

        #expect(outcome.rescored == seeded.summary.assessments)
        #expect(outcome.needsReassessment == 0)
        #expect(outcome.batches == (seeded.summary.assessments + 49) / 50)
        #expect(try seeded.count("SELECT count(*) FROM household_scores WHERE set_id <> \(active.id)") == 0)
        #expect(try seeded.count("SELECT count(*) FROM assessments WHERE source = 'skor_ulang'") == seeded.summary.assessments)
        let after = try seeded.read { db in
            try db.query("SELECT household_id, total FROM household_scores ORDER BY household_id").map {
                "\(try $0.get(0) as Int64):\(try $0.get(1) as Int)"
            }
        }
        #expect(after == before)
        #expect(try seeded.read { try $0.query("PRAGMA foreign_key_check") }.isEmpty)
        let again = try RescoreCommand.run(databasePath: seeded.database, root: TestApp.root)
        #expect(again == RescoreOutcome(), "nothing is left to re-score")
    }
}
