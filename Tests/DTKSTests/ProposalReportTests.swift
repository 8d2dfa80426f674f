import Core
import DTKS
import Foundation
import Registry
import Testing
import TestSupport

/// The rekap per kalurahan and status, and the funnel, for a period and inside a scope.
@Suite struct ProposalReportTests {
    @Test func theRekapAndTheFunnelCountEachStageInsideTheScope() throws {
        let fixture = try ProposalFixture()
        let first = try fixture.household(1)
        let second = try fixture.household(2, head: "Sukirah", born: "1970-01-02", sex: .female)
        let third = try fixture.household(3, area: RegistryFixtures.trimurti, head: "Paimin")
        let ids = try [first, second, third].map { try fixture.propose($0.household, by: ProposalFixture.staf, scope: .everywhere) }
        try fixture.toMatching(ids[0])
        try fixture.toMatching(ids[1])
        try fixture.loadExtract([ProposalFixture.line(first.head, noKK: first.household.noKK)])
        _ = try ProposalMatching.matchAll(pool: fixture.pool, clock: fixture.clock, by: ProposalFixture.staf)
        let batches = BatchService(pool: fixture.pool, clock: fixture.clock, settings: SettingsCache())
        let batch = try batches.open(
            from: CalendarDate(year: 2026, month: 11, day: 1), to: CalendarDate(year: 2026, month: 11, day: 30), meeting: "SPTJM",
            by: ProposalFixture.staf)
        try batches.saveReferences(
            batch,
            BatchReferences(meeting: "SPTJM", memoNumber: "1", memoDate: CalendarDate(year: 2026, month: 11, day: 18), decreeNumber: "2",
                            decreeDate: CalendarDate(year: 2026, month: 11, day: 18)),
            version: 1, by: ProposalFixture.staf)
        try batches.approve(batch, version: 2, by: ProposalFixture.kasi)

        let day = CalendarDate(year: 2026, month: 11, day: 18)!
        let all = try fixture.pool.read { try ProposalReport.load(from: day, to: day, timeZone: "Asia/Jakarta", scope: .everywhere, in: $0) }
        #expect(all.rows.map(\.areaCode) == [RegistryFixtures.poncosari, RegistryFixtures.trimurti])
        #expect(all.rows[0].counts == [.finalisation: 1, .returned: 1])
        #expect(all.rows[1].counts == [.proposed: 1])
        #expect(all.funnel == ProposalReport.Funnel(proposed: 3, eligible: 2, matched: 1, finalised: 1, registered: 0))

        let operatorView = try fixture.pool.read {
            try ProposalReport.load(from: day, to: day, timeZone: "Asia/Jakarta", scope: ProposalFixture.poncosari, in: $0)
        }
        #expect(operatorView.rows.map(\.areaCode) == [RegistryFixtures.poncosari])
        #expect(operatorView.funnel.proposed == 2)

        let nextDay = CalendarDate(year: 2026, month: 11, day: 19)!
        let later = try fixture.pool.read { try ProposalReport.load(from: nextDay, to: nextDay, timeZone: "Asia/Jakarta", scope: .everywhere, in: $0) }
        #expect(later.rows.isEmpty && later.funnel.proposed == 0, "proposals of another period are left out")
    }
}
