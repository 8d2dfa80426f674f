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

    /// The answers are the field visit's: a re-score reads them under the new set and writes no
    /// answer row of its own, also when a re-scored household is re-scored again.
    @Test func reScoresReadTheObservedAnswersWithoutCopyingThem() throws {
        let households = try assessedHouseholds(4)
        let answerRows = { try self.fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM assessment_answers") } }
        let observed = try answerRows()
        let second = try newVersion { db, draft in
            try db.execute(
                """
                UPDATE indicator_options SET points = points + 1
                WHERE position = 2 AND indicator_id IN (SELECT id FROM indicators WHERE set_id = ? AND code = 'RMH01')
                """, [draft])
        }
        _ = try Rescoring(pool: fixture.pool).run(activeSetID: second.id, by: admin)
        let third = try newVersion()
        #expect(try Rescoring(pool: fixture.pool).run(activeSetID: third.id, by: admin).rescored == 4)
        #expect(try answerRows() == observed, "no answer row is copied")
        let api = SidamesraReadAPI(pool: fixture.pool)
        for pair in households {
            let current = try #require(try api.currentScore(ofHousehold: pair.household))
            let (answersFrom, answersID) = try fixture.pool.read { db in
                (try db.scalar(Int64?.self, "SELECT answers_from FROM assessments WHERE id = ?", [current.assessmentID]),
                 try db.scalar(Int64.self, "SELECT answers_id FROM household_scores WHERE household_id = ?", [pair.household]))
            }
            #expect(answersFrom == pair.assessment, "the chain points at the field visit, not at the first re-score")
            #expect(answersID == pair.assessment)
            let detail = try #require(try api.assessment(current.assessmentID))
            let original = try #require(try api.assessment(pair.assessment))
            #expect(detail.lines.count == third.indicators.count)
            #expect(detail.lines.map(\.points).reduce(0, +) == detail.summary.total)
            #expect(detail.optionIDs == Scoring.carryOver(original.optionIDs, from: try fixture.example(), to: third).compactMapValues {
                if case .option(let id) = $0 { return id } else { return nil }
            })
            #expect(detail.lines.allSatisfy { third.indicator(code: $0.code)?.option(id: $0.optionID)?.points == $0.points })
        }
        // A household that leaves the ranking and comes back (migration 0202's triggers) keeps
        // the answers its last assessment reads.
        let returning = households[0]
        let answersAfterReturn = try fixture.pool.write { db in
            try db.execute("UPDATE households SET status = 'pindah', status_date = '2026-01-05' WHERE id = ?", [returning.household])
            try db.execute("UPDATE households SET status = 'aktif', status_date = NULL WHERE id = ?", [returning.household])
            return try db.scalar(Int64.self, "SELECT answers_id FROM household_scores WHERE household_id = ?", [returning.household])
        }
        #expect(answersAfterReturn == returning.assessment)
        #expect(throws: DatabaseError.self) {
            try fixture.pool.write { try $0.execute("UPDATE assessment_answers SET points = 0 WHERE assessment_id = ?", [returning.assessment]) }
        }
    }

    /// Filtering the ranking by an answer of the active set finds the households whose observed
    /// answer carries over to it, whichever set they were assessed under.
    @Test func theAnswerFilterFindsReScoredHouseholdsByTheActiveSetsOption() throws {
        _ = try assessedHouseholds(8)
        let example = try fixture.example()
        let oldOption = try #require(example.indicator(code: "RMH01")?.options[1].id)
        let listed = { (option: Int64, area: RankingArea) in
            try self.fixture.pool.read { db in
                try RankingStore.count(RankingFilter(area: area, optionID: option), scope: .everywhere, in: db)
            }
        }
        let before = try listed(oldOption, .kabupaten)
        #expect(before == 2, "serials 1 and 5 chose the second option")
        let active = try newVersion()
        _ = try Rescoring(pool: fixture.pool).run(activeSetID: active.id, by: admin)
        let newOption = try #require(active.indicator(code: "RMH01")?.options[1].id)
        for area in [RankingArea.kabupaten, .kecamatan("34.02.01"), .desa(RegistryFixtures.poncosari)] {
            #expect(try listed(newOption, area) == before, "\(area)")
            #expect(try listed(oldOption, area) == before, "the same answer named by the older set's option")
        }
        let otherOption = try #require(active.indicator(code: "RMH01")?.options[0].id)
        #expect(try listed(otherOption, .kabupaten) == 2)
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
