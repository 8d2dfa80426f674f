import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// The set-based re-score gives exactly what `AssessmentService` gives for the same carried-over
/// answers: the same total and category for every household it re-scores, and it leaves exactly
/// the households the service would refuse as incomplete.
@Suite struct RescoringScoringTests {
    let fixture: IndicatorFixture
    let registry: RegistryService
    let admin = IndicatorFixture.admin

    init() throws {
        fixture = try IndicatorFixture()
        registry = RegistryService(pool: fixture.pool)
    }

    /// `count` households, each assessed under the example set with its own spread of answers.
    func mixedHouseholds(_ count: Int) throws -> [Int64] {
        let set = try fixture.example()
        return try (1...count).map { serial in
            let household = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(serial)),
                head: RegistryFixtures.person("Kepala \(serial)", serial: serial), by: .cli, scope: .everywhere
            ).household.id
            var answers: [String: Answer] = [:]
            for (position, indicator) in set.indicators.enumerated() {
                let pick = (serial * (position + 3) + position * position + serial / 5) % indicator.options.count
                answers[indicator.code] = .option(indicator.options[pick].id)
            }
            let assessment = NewAssessment(
                householdID: household, result: try Scoring.score(answers, in: set),
                assessedOn: try #require(CalendarDate(year: 2025, month: 1 + serial % 12, day: 1 + serial % 28)),
                assessedBy: nil, source: .synthetic, memberCount: 1 + serial % 7, note: "")
            _ = try fixture.pool.write { try AssessmentStore.record(assessment, at: IndicatorFixture.start, in: $0) }
            return household
        }
    }

    @Test func theFastPathScoresLikeTheAssessmentService() throws {
        let households = try mixedHouseholds(60)
        let example = try fixture.example()
        // The new version: other points for some options, the fourth option of SAN02 gone (the
        // households that chose it cannot be carried over), the indicators in another order, and
        // band limits moved so that categories change.
        let draft = try fixture.service.copyToDraft(IndicatorFixture.exampleID, by: admin)
        try fixture.pool.write { db in
            try db.execute(
                """
                UPDATE indicator_options SET points = points + 2
                WHERE position = 4 AND indicator_id IN (SELECT id FROM indicators WHERE set_id = ?1 AND code IN ('RMH01', 'ENG01'))
                """, [draft.id])
            try db.execute(
                """
                UPDATE indicator_options SET points = 0
                WHERE position = 1 AND indicator_id IN (SELECT id FROM indicators WHERE set_id = ?1 AND code = 'KRJ01')
                """, [draft.id])
            try db.execute(
                """
                DELETE FROM indicator_options
                WHERE position = 4 AND indicator_id IN (SELECT id FROM indicators WHERE set_id = ?1 AND code = 'SAN02')
                """, [draft.id])
            try db.execute("UPDATE indicators SET position = 100 - position WHERE set_id = ?", [draft.id])
            try db.execute(
                """
                UPDATE category_bands SET min_score = CASE position WHEN 1 THEN 22 WHEN 2 THEN 51 WHEN 3 THEN 70 ELSE 90 END,
                    max_score = CASE position WHEN 1 THEN 50 WHEN 2 THEN 69 WHEN 3 THEN 89 ELSE 111 END
                WHERE set_id = ?
                """, [draft.id])
        }
        let edited = try fixture.set(draft.id)
        let active = try fixture.service.activate(edited.id, version: edited.version, by: admin)
        let before = try fixture.pool.read { db in
            try households.map { id in try #require(try SidamesraReadAPI.currentScore(ofHousehold: id, in: db)) }
        }

        let outcome = try Rescoring(pool: fixture.pool, batchSize: 7).run(activeSetID: active.id, by: admin)

        let api = SidamesraReadAPI(pool: fixture.pool)
        let service = AssessmentService(pool: fixture.pool, clock: Clock.manual(IndicatorFixture.start).0)
        var rescored = 0
        var left = 0
        for (index, household) in households.enumerated() {
            let old = try #require(try api.assessment(before[index].assessmentID))
            let carried = Scoring.carryOver(old.optionIDs, from: example, to: active)
            let current = try #require(try api.currentScore(ofHousehold: household))
            let options = carried.compactMapValues { answer -> Int64? in
                if case .option(let id) = answer { return id }
                return nil
            }
            if current.setID == active.id {
                rescored += 1
                let stored = try #require(try api.assessment(current.assessmentID))
                #expect(stored.summary.rescoredFrom == old.summary.id)
                #expect(stored.optionIDs == options, "answers copied where the codes match")
                let expected = try service.submit(
                    household: household, answers: options, assessedOn: old.summary.assessedOn, note: "",
                    by: admin, scope: .everywhere)
                #expect(stored.summary.total == expected.summary.total, "household \(household)")
                #expect(stored.summary.bandName == expected.summary.bandName, "household \(household)")
                #expect(current.total == expected.summary.total)
                #expect(stored.lines.map(\.points) == expected.lines.map(\.points))
            } else {
                left += 1
                #expect(current.assessmentID == old.summary.id, "an incomplete household keeps its score")
                #expect(throws: AssessmentError.self) {
                    _ = try service.submit(
                        household: household, answers: options, assessedOn: old.summary.assessedOn, note: "",
                        by: admin, scope: .everywhere)
                }
            }
        }
        #expect(outcome.rescored == rescored)
        #expect(outcome.needsReassessment == left)
        #expect(rescored > 20 && left > 5, "the households are mixed: \(rescored) re-scored, \(left) left")
        #expect(outcome.batches == (60 + 6) / 7)
    }
}
