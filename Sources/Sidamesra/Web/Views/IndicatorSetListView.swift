import Core
import Database
import Foundation

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

/// A set's status as `partials/badge` shows it.
struct StatusBadge: Encodable {
    let tone: String
    let label: String

    init(_ status: IndicatorSetStatus) {
        label = status.label
        tone =
            switch status {
            case .active: "ok"
            case .draft: "warn"
            case .retired: "muted"
            }
    }

    /// `15 Mei 2023` for a stored `2023-05-15`, or the text as stored when it is not a date.
    static func displayDate(_ day: String) -> String {
        guard let date = ISO8601Timestamp.parse(day + "T00:00:00Z") else { return day }
        return IndonesianFormat.date(date, timeZone: "UTC")
    }
}
