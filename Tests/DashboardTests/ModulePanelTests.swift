import Core
import Dashboard
import Database
import Foundation
import Testing

/// The SLRT and DTKS panels: their shape on an empty register, and the month arithmetic of the
/// letters panel across a year boundary.
@Suite struct ModulePanelTests {
    static let now = ISO8601Timestamp.parse("2026-02-10T03:00:00Z") ?? Date()

    @Test(arguments: [(0, 2026, 2), (1, 2026, 1), (2, 2025, 12), (13, 2025, 1), (14, 2024, 12)])
    func monthsCountBackAcrossYears(back: Int, year: Int, month: Int) throws {
        let day = try #require(CalendarDate(iso: "2026-02-10"))
        #expect(SLRTLettersPanel.month(back, before: day) == (year, month))
    }

    @Test func theLettersPanelHasSixMonthsAndEveryLetterType() throws {
        let fixture = try SummaryFixture()
        let panels = try fixture.pool.read { try SLRTLettersPanel().panels(scope: .everywhere, now: Self.now, settings: Settings(), in: $0) }
        let panel = try #require(panels.first)
        #expect(panel.table.columns.map(\.label) == ["Jenis surat", "Sep 2025", "Okt 2025", "Nov 2025", "Des 2025", "Jan 2026", "Feb 2026"])
        #expect(panel.table.rows.count == 7)
        #expect(panel.chart == nil)
        #expect(panel.figures.map(\.value) == ["0", "0", "0"])
    }

    @Test func theFunnelPanelNamesEveryStep() throws {
        let fixture = try SummaryFixture()
        let panels = try fixture.pool.read { try DTKSFunnelPanel().panels(scope: .everywhere, now: Self.now, settings: Settings(), in: $0) }
        let panel = try #require(panels.first)
        #expect(panel.table.rows.count == 5)
        #expect(panel.figures.first?.value == "0")
    }
}
