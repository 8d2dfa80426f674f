import Core
import Database
import Foundation
import Sidamesra
import Testing
import TestSupport

/// Re-scoring speed at scale, run on demand: `SIDAMESRA_RESCORE_BENCH=50000 swift test
/// --filter RescoringBenchmark` (add `-c release` for the figure that counts). The households,
/// answers and scores are generated in SQL so the set-up costs little in any build mode.
@Suite struct RescoringBenchmark {
    static let households = ProcessInfo.processInfo.environment["SIDAMESRA_RESCORE_BENCH"].flatMap { Int($0) }

    @Test(.enabled(if: households != nil))
    func rescoringManyHouseholds() throws {
        let count = try #require(Self.households)
        let fixture = try IndicatorFixture()
        let setUp = ContinuousClock.now
        try fixture.pool.write { db in
            try db.execute(
                "CREATE TEMP TABLE desa AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM areas WHERE level = 'desa'")
            let desaCount = try db.scalar(Int.self, "SELECT count(*) FROM temp.desa")
            try db.execute(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
                INSERT INTO households (id, no_kk, area_code, created_at, updated_at)
                SELECT i, printf('3402010%09d', i), (SELECT code FROM temp.desa WHERE k = i % ?2), 't', 't' FROM n
                """, [count, desaCount])
            try db.execute(
                """
                INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
                SELECT id, id, 1, 0, (SELECT min(id) FROM category_bands WHERE set_id = 1), '2025-06-01', 'sintetis', 1 + id % 6, 't'
                FROM households
                """)
            try db.execute(
                """
                INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points)
                SELECT h.id, i.id, o.id, o.points
                FROM households AS h JOIN indicators AS i ON i.set_id = 1
                JOIN indicator_options AS o ON o.indicator_id = i.id
                 AND o.position = 1 + (h.id * 7 + i.position * 3) % (SELECT count(*) FROM indicator_options WHERE indicator_id = i.id)
                """)
            try db.execute(
                """
                UPDATE assessments SET total = (SELECT sum(points) FROM assessment_answers WHERE assessment_id = assessments.id)
                """)
            try db.execute(
                """
                UPDATE assessments SET band_id = (SELECT id FROM category_bands WHERE set_id = 1 AND total BETWEEN min_score AND max_score)
                """)
            try db.execute(
                """
                INSERT INTO household_scores (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
                    kecamatan_code, no_kk, assessed_on)
                SELECT a.household_id, a.id, a.id, a.set_id, a.total, a.band_id, a.member_count, h.area_code, d.parent_code, h.no_kk,
                    a.assessed_on
                FROM assessments AS a JOIN households AS h ON h.id = a.household_id JOIN areas AS d ON d.code = h.area_code
                """)
        }
        let draft = try fixture.service.copyToDraft(IndicatorFixture.exampleID, by: IndicatorFixture.admin)
        let active = try fixture.service.activate(draft.id, version: draft.version, by: IndicatorFixture.admin)
        let generated = ContinuousClock.now - setUp
        // `SIDAMESRA_RESCORE_BENCH_NO_FK=1` measures what the foreign-key checks cost.
        let withoutForeignKeys = ProcessInfo.processInfo.environment["SIDAMESRA_RESCORE_BENCH_NO_FK"] != nil
        if withoutForeignKeys { try fixture.pool.writeWithoutTransaction { try $0.execute("PRAGMA foreign_keys = OFF") } }
        let start = ContinuousClock.now
        let cpuStart = clock()
        let outcome = try Rescoring(pool: fixture.pool).run(activeSetID: active.id, by: IndicatorFixture.admin)
        let elapsed = ContinuousClock.now - start
        let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        print(
            "rescoring benchmark: \(count) households generated in \(generated), re-scored in \(elapsed) "
                + "(CPU \(cpu) s, \(outcome.batches) batches\(withoutForeignKeys ? ", foreign keys off" : ""))")
        #expect(outcome.rescored == count)
        #expect(try fixture.pool.read { try Rescoring.outdatedCount(activeSetID: active.id, in: $0) } == 0)
    }
}
