import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// Re-scoring under a new active set: answers carried over by indicator code, households with
/// new indicators left for a new assessment, batches committed whole, re-runs continuing.
@Suite struct RescoringTests {
    let fixture: IndicatorFixture
    let registry: RegistryService
    let admin = IndicatorFixture.admin

    init() throws {
        fixture = try IndicatorFixture()
        registry = RegistryService(pool: fixture.pool)
    }

    /// `count` households in Poncosari, each assessed under the example set with every answer at
    /// position 1 + (serial % 4), dated 2025-06-<serial>; returns (household id, assessment id).
    func assessedHouseholds(_ count: Int) throws -> [(household: Int64, assessment: Int64)] {
        let set = try fixture.example()
        return try (1...count).map { serial in
            let household = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(serial)),
                head: RegistryFixtures.person("Kepala \(serial)", serial: serial), by: .cli, scope: .everywhere
            ).household.id
            var answers: [String: Answer] = [:]
            for indicator in set.indicators {
                answers[indicator.code] = .option(indicator.options[serial % indicator.options.count].id)
            }
            let result = try Scoring.score(answers, in: set)
            let assessment = NewAssessment(
                householdID: household, result: result, assessedOn: try #require(CalendarDate(year: 2025, month: 6, day: serial)),
                assessedBy: nil, source: .synthetic, memberCount: serial, note: "")
            return (household, try fixture.pool.write { try AssessmentStore.record(assessment, at: IndicatorFixture.start, in: $0) })
        }
    }

    /// A copy of the example set, activated after `change` ran on the draft (SQL on its rows).
    func newVersion(_ change: (Connection, Int64) throws -> Void = { _, _ in }) throws -> IndicatorSet {
        let draft = try fixture.service.copyToDraft(IndicatorFixture.exampleID, by: admin)
        try fixture.pool.write { try change($0, draft.id) }
        let current = try fixture.set(draft.id)
        return try fixture.service.activate(current.id, version: current.version, by: admin)
    }

    func scores() throws -> [Int64: (assessment: Int64, set: Int64, total: Int)] {
        try fixture.pool.read { db in
            var scores: [Int64: (Int64, Int64, Int)] = [:]
            try db.forEach("SELECT household_id, assessment_id, set_id, total FROM household_scores") { row in
                scores[try row.get(0)] = (try row.get(1), try row.get(2), try row.get(3))
            }
            return scores
        }
    }

    func batchAudits() throws -> Int {
        try fixture.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = ?", [Rescoring.auditAction])
        }
    }

    @Test func answersAreCarriedOverByCodeAndTheOldDateAndMembersKept() throws {
        let households = try assessedHouseholds(5)
        let before = try scores()
        let active = try newVersion()
        let outcome = try Rescoring(pool: fixture.pool, batchSize: 2).run(activeSetID: active.id, by: admin)
        #expect(outcome.rescored == 5)
        #expect(outcome.needsReassessment == 0)
        #expect(outcome.batches == 3)
        #expect(try batchAudits() == 3)
        let after = try scores()
        for (serial, pair) in households.enumerated() {
            let score = try #require(after[pair.household])
            #expect(score.set == active.id)
            #expect(score.total == before[pair.household]?.total, "a copy keeps points")
            let detail = try #require(try SidamesraReadAPI(pool: fixture.pool).assessment(score.assessment))
            #expect(detail.summary.source == .rescore)
            #expect(detail.summary.rescoredFrom == pair.assessment)
            #expect(detail.summary.assessedOn == CalendarDate(year: 2025, month: 6, day: serial + 1))
            #expect(detail.summary.memberCount == serial + 1)
            #expect(detail.lines.count == active.indicators.count)
            #expect(detail.lines.allSatisfy { line in active.indicator(code: line.code)?.option(id: line.optionID) != nil })
        }
        let stored = try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM assessments") }
        #expect(stored == 10, "old assessments are kept")
    }

    @Test func aReRunDoesNothingMoreAndContinuesAfterAStop() throws {
        _ = try assessedHouseholds(3)
        let active = try newVersion()
        let first = try Rescoring(pool: fixture.pool).run(activeSetID: active.id, by: admin)
        #expect(first.rescored == 3)
        let again = try Rescoring(pool: fixture.pool).run(activeSetID: active.id, by: admin)
        #expect(again == RescoreOutcome())
        #expect(try fixture.pool.read { try Rescoring.outdatedCount(activeSetID: active.id, in: $0) } == 0)
    }

    @Test func householdsWithNewIndicatorsAreLeftForANewAssessment() throws {
        let households = try assessedHouseholds(3)
        let before = try scores()
        let active = try newVersion { db, draft in
            try db.execute("UPDATE indicators SET code = 'BARU01' WHERE set_id = ? AND position = 1", [draft])
        }
        let outcome = try Rescoring(pool: fixture.pool).run(activeSetID: active.id, by: admin)
        #expect(outcome.rescored == 0)
        #expect(outcome.needsReassessment == 3)
        let after = try scores()
        for pair in households { #expect(after[pair.household]?.assessment == before[pair.household]?.assessment) }
        #expect(try fixture.pool.read { try Rescoring.outdatedCount(activeSetID: active.id, in: $0) } == 3)
    }

    @Test func aFailingBatchWritesNothingOfItsOwnAndTheRunResumes() throws {
        let households = try assessedHouseholds(4)
        let active = try newVersion()
        // The third household's insert fails: its batch (the 3rd and 4th) must leave no trace.
        try fixture.pool.write { db in
            try db.execute(
                """
                CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON assessments
                WHEN NEW.household_id = \(households[2].household) AND NEW.source = 'skor_ulang'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """)
        }
        #expect(throws: DatabaseError.self) {
            _ = try Rescoring(pool: fixture.pool, batchSize: 2).run(activeSetID: active.id, by: admin)
        }
        var scores = try self.scores()
        #expect(households.map { scores[$0.household]?.set } == [active.id, active.id, IndicatorFixture.exampleID, IndicatorFixture.exampleID])
        #expect(try batchAudits() == 1)
        try fixture.pool.write { try $0.execute("DROP TRIGGER temp.refuse_one") }
        let resumed = try Rescoring(pool: fixture.pool, batchSize: 2).run(activeSetID: active.id, by: admin)
        #expect(resumed.rescored == 2)
        scores = try self.scores()
        #expect(households.allSatisfy { scores[$0.household]?.set == active.id })
    }

    @Test func aSetThatIsNotActiveIsRefused() throws {
        _ = try assessedHouseholds(1)
        #expect(throws: RescoreError.setNotActive) {
            _ = try Rescoring(pool: fixture.pool).run(activeSetID: 999, by: admin)
        }
    }
}
