package import Core
package import Database
package import Foundation
import SLRT

/// SLRT on the dashboard: letters issued per type in each of the last six months, and the open
/// referrals and complaints, through `SLRTReadAPI` (the letters' issue-day index; no scan).
package struct SLRTLettersPanel: DashboardPanelProvider {
    package init() {}

    static let months = 6
    static let typeColours = ["#0b5d7a", "#1e7b34", "#b54708", "#6941c6", "#a4262c", "#5b6775", "#0e9384"]

    package func panels(scope: AreaScope, now: Date, settings: Settings, in db: Connection) throws -> [DashboardPanel] {
        let api = SLRTReadAPI()
        let today = CalendarDate(now, timeZone: settings.timeZone)
        let types = LetterType.allCases.map { (key: $0.rawValue, title: $0.title) } + [(key: "rujukan", title: "Surat rujukan")]
        var monthly: [(label: String, counts: [String: Int])] = []
        for back in (0..<Self.months).reversed() {
            let (year, month) = Self.month(back, before: today)
            guard let first = CalendarDate(year: year, month: month, day: 1),
                let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            else { continue }
            let label = "\(IndonesianFormat.monthNames[month - 1].prefix(3)) \(year)"
            monthly.append((label, try api.lettersIssued(from: first, through: last, scope: scope, in: db)))
        }
        let open = try api.openCases(scope: scope, in: db)
        let total = monthly.reduce(0) { $0 + $1.counts.values.reduce(0, +) }
        let chart = BarChart(
            title: "Surat terbit per jenis per bulan", orientation: .vertical,
            series: types.enumerated().map { index, type in
                BarChart.Series(label: type.title, colour: Self.typeColours[index % Self.typeColours.count])
            },
            bars: monthly.map { month in BarChart.Bar(label: month.label, values: types.map { month.counts[$0.key] ?? 0 }) })
        let table = DashboardTable(
            caption: "Surat terbit per jenis per bulan (tidak termasuk yang dicabut)",
            columns: [DashboardTable.Column("Jenis surat")] + monthly.map { DashboardTable.Column($0.label, isNumber: true) },
            rows: types.map { type in
                DashboardTable.Row(
                    [DashboardTable.Cell(type.title)] + monthly.map { DashboardTable.Cell.number($0.counts[type.key] ?? 0) })
            })
        return [
            DashboardPanel(
                id: "slrt-surat", title: "SLRT: surat, rujukan dan pengaduan",
                note: "Surat yang terbit dalam enam bulan terakhir per jenis; rujukan dan pengaduan yang belum selesai.",
                figures: [
                    DashboardPanel.Figure(label: "Surat terbit (6 bulan)", value: IndonesianFormat.number(total), link: "/slrt"),
                    DashboardPanel.Figure(label: "Rujukan terbuka", value: IndonesianFormat.number(open.referrals), link: "/slrt/rujukan"),
                    DashboardPanel.Figure(label: "Pengaduan terbuka", value: IndonesianFormat.number(open.complaints), link: "/slrt/pengaduan"),
                ],
                chart: total == 0 ? nil : chart, table: table)
        ]
    }

    /// The year and month `back` months before `day`'s month.
    package static func month(_ back: Int, before day: CalendarDate) -> (year: Int, month: Int) {
        let index = day.year * 12 + (day.month - 1) - back
        return (index / 12, index % 12 + 1)
    }
}
