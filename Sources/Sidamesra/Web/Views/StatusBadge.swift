import Core
import Database
import Foundation

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
