/// The model of `sidamesra/indikator/daftar`.
struct IndicatorSetListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let name: String
        let badge: StatusBadge
        let isExample: Bool
        let effectiveDate: String
        let legalBasis: String
        let indicatorCount: Int
        let copiedFrom: Int64?

        init(_ summary: IndicatorSetSummary) {
            id = summary.id
            name = summary.name
            badge = StatusBadge(summary.status)
            isExample = summary.isExample
            effectiveDate = StatusBadge.displayDate(summary.effectiveDate)
            legalBasis = summary.legalBasis
            indicatorCount = summary.indicatorCount
            copiedFrom = summary.copiedFrom
        }
    }

    let rows: [Row]
    let canManage: Bool
    var hasRows: Bool { !rows.isEmpty }

    private enum CodingKeys: String, CodingKey { case rows, canManage, hasRows }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rows, forKey: .rows)
        try container.encode(canManage, forKey: .canManage)
        try container.encode(hasRows, forKey: .hasRows)
    }
}
