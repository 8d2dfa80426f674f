import Core

extension WorkflowSection {
    /// The SLA of the last 30 days per measured step, as a table and a bar chart of the share
    /// within the standard.
    package func slaPanel(minutesPerDay: Int) -> DashboardPanel {
        let measured = statistics.filter { $0.count > 0 }
        let chart = BarChart(
            title: "\(label): selesai dalam standar per langkah, \(Self.slaDays) hari terakhir", orientation: .horizontal,
            series: [BarChart.Series(label: "Dalam standar", colour: ChartColours.within)],
            bars: measured.map { BarChart.Bar(label: $0.label, values: [$0.percentWithin ?? 0]) }, maximum: 100, unit: "%")
        let table = DashboardTable(
            caption: "\(label): waktu layanan per langkah, \(Self.slaDays) hari terakhir",
            columns: [
                DashboardTable.Column("Langkah"), DashboardTable.Column("Standar"),
                DashboardTable.Column("Selesai", isNumber: true), DashboardTable.Column("Dalam standar", isNumber: true),
                DashboardTable.Column("Median"),
            ],
            rows: statistics.map { step in
                DashboardTable.Row([
                    DashboardTable.Cell(step.label),
                    DashboardTable.Cell(WorkingDuration.text(step.standardMinutes, minutesPerDay: minutesPerDay)),
                    DashboardTable.Cell.number(step.count),
                    DashboardTable.Cell(step.percentWithin.map { "\($0)%" } ?? "–", isNumber: true),
                    DashboardTable.Cell(step.medianMinutes.map { WorkingDuration.text($0, minutesPerDay: minutesPerDay) } ?? "–"),
                ])
            })
        return DashboardPanel(
            id: "sla-\(kind)", title: "Waktu layanan: \(label)",
            note: "Langkah yang selesai dalam \(Self.slaDays) hari terakhir, diukur dalam jam kerja terhadap standar SOP.",
            chart: measured.isEmpty ? nil : chart, table: table, foldsTable: false)
    }
}
