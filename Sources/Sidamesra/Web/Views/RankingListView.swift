import Core

/// The model of `sidamesra/peringkat`.
struct RankingListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let rank: String
        let desil: Int
        let noKK: String
        let headName: String
        let desaName: String
        let memberCount: Int
        let total: Int
        let bandName: String
        let bandColour: String
        let assessedOn: String
    }

    struct Export: Encodable {
        let label: String
        let link: String
    }

    static let columns = [
        TableColumn("Peringkat", cssClass: "num"), TableColumn("Desil", cssClass: "num"), TableColumn("No KK"),
        TableColumn("Kepala keluarga"), TableColumn("Kalurahan"), TableColumn("Anggota", cssClass: "num"),
        TableColumn("Skor", cssClass: "num"), TableColumn("Kategori"), TableColumn("Tanggal penilaian"),
    ]

    let filters: [FormField]
    let head: TableHead
    let rows: [Row]
    let hasRows: Bool
    let pager: Pager
    let areaLabel: String
    let areaCount: String
    let exports: [Export]

    init(choices: RankingChoices, rows: [RankedHousehold], areaCount: Int, pager: Pager) {
        filters = choices.fields
        // The order is fixed (poorest first), so no header sorts; the shared header still renders it.
        head = TableSort(
            columns: Self.columns, default: SortKey("peringkat", ascending: "1", descending: "1"), sort: nil, direction: nil
        ).head(keeping: [])
        self.rows = rows.map { row in
            Row(
                id: row.householdID, rank: IndonesianFormat.number(row.rank), desil: row.desil,
                noKK: IdentityNumberText.masked(row.noKK), headName: row.headName ?? "—", desaName: row.desaName,
                memberCount: row.memberCount, total: row.total, bandName: row.bandName, bandColour: row.bandColour,
                assessedOn: CalendarDate(iso: row.assessedOn)?.indonesian ?? row.assessedOn)
        }
        hasRows = !rows.isEmpty
        self.pager = pager
        areaLabel = choices.areaLabel
        self.areaCount = IndonesianFormat.number(areaCount)
        let query = QueryString.encode(choices.parameters)
        let suffix = query.isEmpty ? "" : "?" + query
        let semicolon = QueryString.encode(choices.parameters + [(RankingExport.separatorParameter, RankingExport.semicolonValue)])
        exports = [
            Export(label: "Unduh CSV", link: "/sidamesra/peringkat.csv" + suffix),
            Export(label: "Unduh CSV (pemisah titik koma, untuk Excel)", link: "/sidamesra/peringkat.csv?" + semicolon),
            Export(label: "Unduh XLSX", link: "/sidamesra/peringkat.xlsx" + suffix),
        ]
    }
}
