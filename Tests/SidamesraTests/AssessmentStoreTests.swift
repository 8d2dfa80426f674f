import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// Storing an assessment keeps every one (history) and makes the newest the household's current
/// score, with its area copied for ranking.
@Suite struct AssessmentStoreTests {
    let fixture: IndicatorFixture
    let registry: RegistryService

    init() throws {
        fixture = try IndicatorFixture()
        registry = RegistryService(pool: fixture.pool)
    }

    private func household(_ serial: Int, area: String = RegistryFixtures.poncosari) throws -> Int64 {
        let region = area == RegistryFixtures.parangtritis ? "340203" : "340201"
        let created = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial, region: region), area: area),
            head: RegistryFixtures.person("Kepala \(serial)", serial: serial),
            by: IndicatorFixture.admin, scope: .everywhere)
        return created.household.id
    }

    /// Every indicator answered with the option at `position` (1 = worst).
    private func scored(position: Int) throws -> ScoreResult {
        let set = try fixture.example()
        var answers: [String: Answer] = [:]
        for indicator in set.indicators {
            let option = try #require(indicator.option(position: min(position, indicator.options.count)))
            answers[indicator.code] = .option(option.id)
        }
        return try Scoring.score(answers, in: set)
    }

    private func record(_ household: Int64, _ result: ScoreResult, on day: String) throws -> Int64 {
        let assessment = NewAssessment(
            householdID: household, result: result, assessedOn: try #require(CalendarDate(iso: day)),
            assessedBy: IndicatorFixture.adminID, source: .form, memberCount: 1)
        return try fixture.pool.write { try AssessmentStore.record(assessment, at: IndicatorFixture.start, in: $0) }
    }

    @Test func theNewestAssessmentIsCurrentAndTheOlderOneIsKept() throws {
        let id = try household(1)
        let worst = try scored(position: 1)
        let first = try record(id, worst, on: "2026-01-10")
        let better = try scored(position: 3)
        let second = try record(id, better, on: "2026-06-10")
        let (count, current, total, desa, kecamatan, answers) = try fixture.pool.read { db in
            (
                try db.scalar(Int.self, "SELECT count(*) FROM assessments WHERE household_id = ?", [id]),
                try db.scalar(Int64.self, "SELECT assessment_id FROM household_scores WHERE household_id = ?", [id]),
                try db.scalar(Int.self, "SELECT total FROM household_scores WHERE household_id = ?", [id]),
                try db.scalar(String.self, "SELECT desa_code FROM household_scores WHERE household_id = ?", [id]),
                try db.scalar(String.self, "SELECT kecamatan_code FROM household_scores WHERE household_id = ?", [id]),
                try db.scalar(Int.self, "SELECT count(*) FROM assessment_answers WHERE assessment_id = ?", [first])
            )
        }
        #expect(count == 2)
        #expect(current == second)
        #expect(total == better.total)
        #expect(worst.total == 23)
        #expect(desa == RegistryFixtures.poncosari)
        #expect(kecamatan == "34.02.01")
        #expect(answers == 27)
    }

    @Test func aHouseholdThatMovesDesaIsRankedInItsNewDesa() throws {
        let id = try household(2)
        _ = try record(id, try scored(position: 2), on: "2026-02-01")
        try fixture.pool.write { db in
            try db.execute("UPDATE households SET area_code = ? WHERE id = ?", [RegistryFixtures.parangtritis, id])
        }
        let (desa, kecamatan) = try fixture.pool.read { db in
            (
                try db.scalar(String.self, "SELECT desa_code FROM household_scores WHERE household_id = ?", [id]),
                try db.scalar(String.self, "SELECT kecamatan_code FROM household_scores WHERE household_id = ?", [id])
            )
        }
        #expect(desa == RegistryFixtures.parangtritis)
        #expect(kecamatan == "34.02.03")
    }

    @Test func aHouseholdThatMovesAwayLeavesTheRankingAndComesBackWithItsLastScore() throws {
        let id = try household(3)
        _ = try record(id, try scored(position: 1), on: "2026-02-01")
        let last = try record(id, try scored(position: 2), on: "2026-03-01")
        let household = try registry.household(id, scope: .everywhere)
        _ = try registry.setHouseholdStatus(
            id, to: .movedAway, on: "2026-04-01", reason: "Pindah ke luar kabupaten", version: household.version,
            by: IndicatorFixture.admin, scope: .everywhere)
        let scoredAfterMove = try fixture.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM household_scores WHERE household_id = ?", [id])
        }
        #expect(scoredAfterMove == 0)
        let kept = try fixture.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM assessments WHERE household_id = ?", [id])
        }
        #expect(kept == 2)
        try fixture.pool.write { try $0.execute("UPDATE households SET status = 'aktif', status_date = NULL WHERE id = ?", [id]) }
        let current = try fixture.pool.read {
            try $0.scalar(Int64.self, "SELECT assessment_id FROM household_scores WHERE household_id = ?", [id])
        }
        #expect(current == last)
    }
}
