import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// Submitting an assessment: stored, current and audited when complete; refused with a reason
/// (and nothing written) when incomplete, foreign, outside the scope, inactive or misdated.
@Suite struct AssessmentServiceTests {
    let fixture: IndicatorFixture
    let registry: RegistryService
    let service: AssessmentService
    static let operatorActor = Actor(
        kind: .user, userID: IndicatorFixture.adminID, username: "admin.uji", role: .admin, address: "", requestID: "r-2")
    static let poncosariOnly = AreaScope.areas([RegistryFixtures.poncosari])

    init() throws {
        fixture = try IndicatorFixture()
        let (clock, _) = Clock.manual(IndicatorFixture.start)
        registry = RegistryService(pool: fixture.pool, clock: clock)
        service = AssessmentService(pool: fixture.pool, clock: clock)
    }

    func household(_ serial: Int, area: String = RegistryFixtures.poncosari) throws -> Household {
        try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial), area: area),
            head: RegistryFixtures.person("Kepala \(serial)", serial: serial), by: .cli, scope: .everywhere
        ).household
    }

    /// Every indicator answered with its option at `position`, as the form posts them.
    func answers(position: Int) throws -> [String: Int64] {
        var answers: [String: Int64] = [:]
        for indicator in try fixture.example().indicators {
            answers[indicator.code] = try #require(indicator.option(position: min(position, indicator.options.count))).id
        }
        return answers
    }

    static let day = CalendarDate(year: 2026, month: 11, day: 1)!

    func submit(
        _ id: Int64, _ answers: [String: Int64], on day: CalendarDate = day, scope: AreaScope = poncosariOnly
    ) throws -> AssessmentDetail {
        try service.submit(household: id, answers: answers, assessedOn: day, note: " catatan ", by: Self.operatorActor, scope: scope)
    }

    func refusal(_ body: () throws -> Void) -> AssessmentError? {
        do {
            try body()
            return nil
        } catch let error as AssessmentError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    func count(_ table: String) throws -> Int {
        try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
    }

    @Test func aCompleteAssessmentIsStoredCurrentAndAudited() throws {
        let family = try household(1)
        _ = try registry.addMember(
            to: family.id, RegistryFixtures.person("Anak", born: "2010-01-02", serial: 11, relationship: .child),
            by: .cli, scope: .everywhere)
        let stored = try submit(family.id, try answers(position: 2))
        #expect(stored.summary.total == 50)
        #expect(stored.summary.bandName == "Miskin")
        #expect(stored.summary.source == .form)
        #expect(stored.summary.memberCount == 2)
        #expect(stored.summary.note == "catatan")
        #expect(stored.summary.assessedOn == Self.day)
        #expect(stored.lines.count == 27)
        let current = try #require(try SidamesraReadAPI(pool: fixture.pool).currentScore(ofHousehold: family.id))
        #expect(current.assessmentID == stored.summary.id)
        #expect(current.shortText == "total 50 · Miskin")
        #expect(current.isUnderActiveSet)
        let audit = try fixture.pool.read { db in
            try db.queryOne(
                "SELECT entity, entity_id, area_code, changes FROM audit_log WHERE action = ?", [AssessmentService.auditAction])
        }
        let row = try #require(audit)
        #expect(try row.get(0) as String == "household")
        #expect(try row.get(1) as String == String(family.id))
        #expect(try row.get(2) as String == RegistryFixtures.poncosari)
        let changes: String = try row.get(3)
        #expect(changes.contains("\"total\"") && changes.contains("50") && changes.contains("Miskin"))
    }

    @Test func anIncompleteAssessmentIsRefusedNamingTheMissingIndicators() throws {
        let family = try household(2)
        var given = try answers(position: 1)
        let set = try fixture.example()
        let left = [set.indicators[3], set.indicators[20]]
        for indicator in left { given[indicator.code] = nil }
        let error = refusal { _ = try submit(family.id, given) }
        guard case .scoring(.incomplete(let missing))? = error else {
            Issue.record("expected incomplete, got \(String(describing: error))")
            return
        }
        #expect(missing.map(\.code) == left.map(\.code))
        #expect(missing.map(\.question) == left.map(\.question))
        #expect(error?.message.contains(left[0].question) == true)
        #expect(try count("assessments") == 0)
        #expect(try count("household_scores") == 0)
    }

    @Test func anOptionOfAnotherIndicatorIsRefused() throws {
        let family = try household(3)
        var given = try answers(position: 1)
        let set = try fixture.example()
        given[set.indicators[0].code] = set.indicators[1].options[0].id
        #expect(refusal { _ = try submit(family.id, given) } == .scoring(
            .answerNotOffered(code: set.indicators[0].code, question: set.indicators[0].question)))
        #expect(try count("assessments") == 0)
    }

    @Test func aHouseholdOutsideTheScopeIsNotFound() throws {
        let elsewhere = try household(4, area: RegistryFixtures.trimurti)
        #expect(refusal { _ = try submit(elsewhere.id, try answers(position: 1)) } == .householdNotFound)
        #expect(refusal { _ = try submit(999_999, try answers(position: 1), scope: .everywhere) } == .householdNotFound)
        #expect(try count("assessments") == 0)
    }

    @Test func aHouseholdThatMovedAwayIsNotAssessed() throws {
        let family = try household(5)
        _ = try registry.setHouseholdStatus(
            family.id, to: .movedAway, on: "2026-10-01", reason: "Pindah ke Sleman", version: family.version, by: .cli,
            scope: .everywhere)
        #expect(refusal { _ = try submit(family.id, try answers(position: 1)) } == .householdNotActive(statusLabel: "Pindah"))
        #expect(try count("assessments") == 0)
    }

    @Test(arguments: [(2027, 1, 1), (1999, 12, 31)])
    func aDateInTheFutureOrBefore2000IsRefused(year: Int, month: Int, day: Int) throws {
        let family = try household(6)
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        guard case .invalidDate? = refusal({ _ = try submit(family.id, try answers(position: 1), on: date) }) else {
            Issue.record("expected a refused date for \(date)")
            return
        }
        #expect(try count("assessments") == 0)
    }

    @Test func historyIsNewestFirstAndTheLatestIsCurrent() throws {
        let family = try household(7)
        let first = try submit(family.id, try answers(position: 1), on: CalendarDate(year: 2025, month: 3, day: 1)!)
        let second = try submit(family.id, try answers(position: 5), on: CalendarDate(year: 2026, month: 2, day: 1)!)
        let api = SidamesraReadAPI(pool: fixture.pool)
        let history = try api.history(ofHousehold: family.id)
        #expect(history.map(\.id) == [second.summary.id, first.summary.id])
        #expect(history.map(\.total) == [108, 23])
        #expect(history[0].assessedByName == "Admin Uji")
        #expect(try api.currentScore(ofHousehold: family.id)?.total == 108)
        #expect(try api.assessment(first.summary.id)?.lines.allSatisfy { $0.points == 1 || $0.points == 0 } == true)
    }
}
