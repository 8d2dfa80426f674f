package import Core
package import Database
package import Foundation
import DTKS

/// DTKS proposals of this year as a funnel, proposed → layak → padan → finalised → ID DTKS, through
/// the DTKS module's own report (`ProposalReport`, proposals by creation time inside the scope).
package struct DTKSFunnelPanel: DashboardPanelProvider {
    package init() {}

    package func panels(scope: AreaScope, now: Date, settings: Settings, in db: Connection) throws -> [DashboardPanel] {
        let today = CalendarDate(now, timeZone: settings.timeZone)
        guard let january = CalendarDate(year: today.year, month: 1, day: 1) else { return [] }
        let funnel = try ProposalReport.load(from: january, to: today, timeZone: settings.timeZone, scope: scope, in: db).funnel
        let steps = [
            ("Diusulkan", funnel.proposed), ("Layak", funnel.eligible), ("Padan", funnel.matched),
            ("Difinalisasi", funnel.finalised), ("Ber-ID DTKS", funnel.registered),
        ]
        let chart = BarChart(
            title: "Corong usulan DTKS tahun \(today.year)", orientation: .horizontal,
            series: [BarChart.Series(label: "Usulan", colour: ChartColours.brand)],
            bars: steps.map { BarChart.Bar(label: $0.0, values: [$0.1]) })
        let table = DashboardTable(
            caption: "Usulan DTKS tahun \(today.year) per tahap",
            columns: [DashboardTable.Column("Tahap"), DashboardTable.Column("Usulan", isNumber: true)],
            rows: steps.map { DashboardTable.Row([DashboardTable.Cell($0.0), DashboardTable.Cell.number($0.1)]) })
        return [
            DashboardPanel(
                id: "dtks-corong", title: "Corong usulan DTKS",
                note: "Usulan yang dibuat sejak 1 Januari \(today.year): berapa yang layak, padan, difinalisasi dan mendapat ID DTKS.",
                figures: [DashboardPanel.Figure(label: "Usulan tahun ini", value: IndonesianFormat.number(funnel.proposed), link: "/dtks/laporan")],
                chart: funnel.proposed == 0 ? nil : chart, table: table, foldsTable: false)
        ]
    }
}
