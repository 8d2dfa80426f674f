package import Core
package import Database
package import Foundation

/// DTKS/DTSEN members by desil inside the user's scope, from the summary of migration 0601: the
/// first `DashboardPanelProvider` (App registers it in `AppEnvironment.dashboard.panels`).
package struct DTKSDesilPanel: DashboardPanelProvider {
    package init() {}

    package func panels(scope: AreaScope, now: Date, settings: Settings, in db: Connection) throws -> [DashboardPanel] {
        var counts: [Int: Int] = [:]
        try db.forEach(
            """
            SELECT desil, sum(members) FROM dashboard_dtks_desil
            WHERE members <> 0 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 1))
            GROUP BY desil
            """, [scope.sqlArgument]
        ) { row in
            counts[try row.get(0)] = try row.get(1)
        }
        let labels = (1...10).map { (desil: $0, label: "Desil \($0)") } + [(desil: 0, label: "Belum ada")]
        let total = counts.values.reduce(0, +)
        let chart = BarChart(
            title: "Peserta DTKS aktif per desil", orientation: .vertical,
            series: [BarChart.Series(label: "Peserta", colour: ChartColours.brand)],
            bars: labels.map { BarChart.Bar(label: $0.desil == 0 ? "–" : "\($0.desil)", values: [counts[$0.desil] ?? 0]) })
        let table = DashboardTable(
            caption: "Peserta DTKS aktif per desil",
            columns: [DashboardTable.Column("Desil"), DashboardTable.Column("Peserta", isNumber: true)],
            rows: labels.map { item in
                DashboardTable.Row([
                    DashboardTable.Cell(item.label),
                    DashboardTable.Cell.number(
                        counts[item.desil] ?? 0, link: "/dtks/anggota?desil=\(item.desil)"),
                ])
            })
        return [
            DashboardPanel(
                id: "dtks-desil", title: "Peserta DTKS per desil",
                note: "Registrasi DTKS/DTSEN aktif menurut desil DTSEN; desil 1 paling miskin.",
                figures: [DashboardPanel.Figure(label: "Peserta aktif", value: IndonesianFormat.number(total), link: "/dtks/anggota")],
                chart: total == 0 ? nil : chart, table: table)
        ]
    }
}
