package import Core
package import Database

/// PBI APBD: living members whose JKN premium the district pays, the monthly cost at the
/// premium in the settings, and the SIDAKIS proposals still waiting (when SIDAKIS is registered).
package enum PBIPanel {
    /// The JKN segment of `persons.jkn_segment` the district pays for.
    package static let segment = "pbi_apbd"
    /// The workflow kind of PBI APBD proposals.
    package static let proposalKind = "sidakis"

    package static func panel(
        scope: AreaScope, settings: Settings, sidakis: WorkflowSection?, in db: Connection
    ) throws -> DashboardPanel {
        let grouping = DashboardStore.Grouping(scope: scope)
        let groups = try DashboardStore.livingPersons(segment: segment, scope: scope, grouping: grouping, in: db)
        let members = groups.reduce(0) { $0 + $1.persons }
        let word = SidamesraPanels.groupWord(grouping, settings)
        var figures = [
            DashboardPanel.Figure(label: "Anggota aktif", value: IndonesianFormat.number(members)),
            DashboardPanel.Figure(
                label: "Biaya per bulan", value: IndonesianFormat.rupiah(members * settings.pbiPremiumRupiah)),
        ]
        if let sidakis {
            figures.append(DashboardPanel.Figure(
                label: "Usulan dalam proses", value: IndonesianFormat.number(sidakis.pending), link: "#alur-\(sidakis.kind)"))
        }
        let chart = BarChart(
            title: "Anggota PBI APBD per \(word.lowercased())", orientation: .horizontal,
            series: [BarChart.Series(label: "Anggota", colour: ChartColours.brand)],
            bars: groups.map { BarChart.Bar(label: $0.name, values: [$0.persons]) })
        let table = DashboardTable(
            caption: "Anggota PBI APBD dan biaya per bulan per \(word.lowercased())",
            columns: [
                DashboardTable.Column(word), DashboardTable.Column("Anggota", isNumber: true),
                DashboardTable.Column("Biaya per bulan", isNumber: true),
            ],
            rows: groups.map { group in
                DashboardTable.Row([
                    DashboardTable.Cell(group.name), DashboardTable.Cell.number(group.persons),
                    DashboardTable.Cell(IndonesianFormat.rupiah(group.persons * settings.pbiPremiumRupiah), isNumber: true),
                ])
            })
        let note = "Penduduk hidup dengan segmen JKN PBI APBD; iuran \(IndonesianFormat.rupiah(settings.pbiPremiumRupiah)) per orang per bulan."
            + (sidakis == nil ? " Modul SIDAKIS belum terpasang: usulan belum dihitung." : "")
        return DashboardPanel(
            id: "pbi-apbd", title: "PBI APBD", note: note, figures: figures,
            chart: groups.isEmpty ? nil : chart, table: table)
    }
}
