package import Core
package import Database
package import Foundation

/// The SIDAMESRA panels: households per category per area group (stacked bars), field
/// assessments per week (columns) and coverage (assessed against registered households).
package enum SidamesraPanels {
    /// How many weeks the assessments chart shows, the current one last.
    package static let weeks = 12

    package static func panels(scope: AreaScope, settings: Settings, now: Date, in db: Connection) throws -> [DashboardPanel] {
        let grouping = DashboardStore.Grouping(scope: scope)
        return [
            try categories(scope: scope, grouping: grouping, settings: settings, in: db),
            try assessments(scope: scope, settings: settings, now: now, in: db),
            try coverage(scope: scope, grouping: grouping, settings: settings, in: db),
        ]
    }

    static func groupWord(_ grouping: DashboardStore.Grouping, _ settings: Settings) -> String {
        grouping == .kecamatan ? settings.kecamatanWord : settings.desaWord
    }

    static func categories(
        scope: AreaScope, grouping: DashboardStore.Grouping, settings: Settings, in db: Connection
    ) throws -> DashboardPanel {
        let counts = try DashboardStore.categoryCounts(scope: scope, grouping: grouping, in: db)
        var bands: [(name: String, colour: String, position: Int)] = []
        for count in counts where !bands.contains(where: { $0.name == count.bandName }) {
            bands.append((count.bandName, count.bandColour, count.bandPosition))
        }
        bands.sort { ($0.position, $0.name) < ($1.position, $1.name) }
        var groups: [(code: String, name: String, values: [String: Int])] = []
        for count in counts {
            if groups.last?.code != count.areaCode { groups.append((count.areaCode, count.areaName, [:])) }
            groups[groups.count - 1].values[count.bandName, default: 0] += count.households
        }
        let word = groupWord(grouping, settings)
        let bars = groups.map { group in
            BarChart.Bar(label: group.name, values: bands.map { group.values[$0.name] ?? 0 })
        }
        let chart = BarChart(
            title: "Keluarga per kategori kesejahteraan per \(word.lowercased())", orientation: .horizontal,
            series: bands.map { BarChart.Series(label: $0.name, colour: ChartColours.band($0.colour)) }, bars: bars)
        let table = DashboardTable(
            caption: "Keluarga per kategori per \(word.lowercased())",
            columns: [DashboardTable.Column(word)] + bands.map { DashboardTable.Column($0.name, isNumber: true) }
                + [DashboardTable.Column("Jumlah", isNumber: true)],
            rows: bars.map { bar in
                DashboardTable.Row(
                    [DashboardTable.Cell(bar.label)] + bar.values.map { DashboardTable.Cell.number($0) }
                        + [DashboardTable.Cell.number(bar.values.reduce(0, +))])
            })
        let total = bars.reduce(0) { $0 + $1.values.reduce(0, +) }
        return DashboardPanel(
            id: "kategori", title: "Kategori kesejahteraan (SIDAMESRA)",
            note: "Keluarga aktif dengan penilaian terkini, menurut kategori.",
            figures: [DashboardPanel.Figure(label: "Keluarga dinilai", value: IndonesianFormat.number(total), link: "/sidamesra/peringkat")],
            chart: bars.isEmpty ? nil : chart, table: table)
    }

    static func assessments(scope: AreaScope, settings: Settings, now: Date, in db: Connection) throws -> DashboardPanel {
        let mondays = Self.mondays(endingWith: CalendarDate(now, timeZone: settings.timeZone), count: weeks)
        let counts = try DashboardStore.assessmentsPerWeek(scope: scope, from: mondays.first?.iso ?? "", in: db)
        let bars = mondays.map { monday in
            BarChart.Bar(label: Self.shortDate(monday), values: [counts[monday.iso] ?? 0])
        }
        let chart = BarChart(
            title: "Penilaian per minggu, \(weeks) minggu terakhir", orientation: .vertical,
            series: [BarChart.Series(label: "Penilaian", colour: ChartColours.brand)], bars: bars)
        let table = DashboardTable(
            caption: "Penilaian per minggu (minggu dimulai Senin)",
            columns: [DashboardTable.Column("Minggu mulai"), DashboardTable.Column("Penilaian", isNumber: true)],
            rows: zip(mondays, bars).map { monday, bar in
                DashboardTable.Row([DashboardTable.Cell(monday.indonesian), DashboardTable.Cell.number(bar.values[0])])
            })
        return DashboardPanel(
            id: "penilaian-mingguan", title: "Penilaian per minggu",
            note: "Penilaian lapangan (formulir, impor) menurut tanggal kunjungan; penilaian ulang karena versi indikator baru tidak dihitung.",
            figures: [DashboardPanel.Figure(
                label: "Minggu ini", value: IndonesianFormat.number(bars.last?.values.first ?? 0))],
            chart: chart, table: table)
    }

    static func coverage(
        scope: AreaScope, grouping: DashboardStore.Grouping, settings: Settings, in db: Connection
    ) throws -> DashboardPanel {
        let rows = try DashboardStore.coverage(scope: scope, in: db)
        var groups: [(code: String, name: String, households: Int, assessed: Int)] = []
        for row in rows {
            let code = grouping == .kecamatan ? row.kecamatanCode : row.desaCode
            let name = grouping == .kecamatan ? row.kecamatanName : row.desaName
            if let index = groups.firstIndex(where: { $0.code == code }) {
                groups[index].households += row.households
                groups[index].assessed += row.assessed
            } else {
                groups.append((code, name, row.households, row.assessed))
            }
        }
        let word = groupWord(grouping, settings)
        let chart = BarChart(
            title: "Cakupan penilaian per \(word.lowercased())", orientation: .horizontal,
            series: [BarChart.Series(label: "Keluarga dinilai", colour: ChartColours.within)],
            bars: groups.map { BarChart.Bar(label: $0.name, values: [percent($0.assessed, of: $0.households)]) },
            maximum: 100, unit: "%")
        let table = DashboardTable(
            caption: "Cakupan penilaian per \(settings.desaWord.lowercased())",
            columns: [
                DashboardTable.Column(settings.kecamatanWord), DashboardTable.Column(settings.desaWord),
                DashboardTable.Column("Keluarga aktif", isNumber: true), DashboardTable.Column("Dinilai", isNumber: true),
                DashboardTable.Column("Cakupan", isNumber: true),
            ],
            rows: rows.map { row in
                DashboardTable.Row([
                    DashboardTable.Cell(row.kecamatanName), DashboardTable.Cell(row.desaName),
                    DashboardTable.Cell.number(row.households), DashboardTable.Cell.number(row.assessed),
                    DashboardTable.Cell("\(percent(row.assessed, of: row.households))%", isNumber: true),
                ])
            })
        let households = rows.reduce(0) { $0 + $1.households }
        let assessed = rows.reduce(0) { $0 + $1.assessed }
        return DashboardPanel(
            id: "cakupan", title: "Cakupan penilaian",
            note: "Keluarga aktif yang sudah dinilai dibanding keluarga aktif yang terdaftar.",
            figures: [
                DashboardPanel.Figure(label: "Keluarga aktif", value: IndonesianFormat.number(households), link: "/keluarga"),
                DashboardPanel.Figure(label: "Sudah dinilai", value: IndonesianFormat.number(assessed)),
                DashboardPanel.Figure(label: "Cakupan", value: "\(percent(assessed, of: households))%"),
            ],
            chart: groups.isEmpty ? nil : chart, table: table)
    }

    /// Whole percent, rounded half up; 0 of 0 is 0.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole <= 0 ? 0 : (part * 100 + whole / 2) / whole
    }

    /// The Mondays of the `count` weeks ending with the week of `today`, oldest first.
    static func mondays(endingWith today: CalendarDate, count: Int) -> [CalendarDate] {
        let utc = TimeZone(secondsFromGMT: 0) ?? .current
        let noon = today.start(in: utc).addingTimeInterval(12 * 3600)
        let back = (today.weekdayIndex + 6) % 7
        return (0..<count).reversed().map { weeksBack in
            CalendarDate(noon.addingTimeInterval(-Double(back + 7 * weeksBack) * 86_400), timeZone: "UTC")
        }
    }

    /// `23 Nov` for a week's column.
    static func shortDate(_ day: CalendarDate) -> String {
        "\(day.day) " + String(IndonesianFormat.monthNames[day.month - 1].prefix(3))
    }
}
