import Foundation

/// A day the office is closed besides the weekly days off (national holidays, cuti bersama);
/// the SLA clock counts no working time on it (DESIGN.md §5).
package struct Holiday: Sendable, Hashable, Codable {
    package let day: CalendarDate
    package let name: String

    package init(day: CalendarDate, name: String) {
        self.day = day
        self.name = name
    }

    private enum CodingKeys: String, CodingKey {
        case day = "date"
        case name
    }

    /// The longest name accepted.
    package static let maxNameLength = 100

    /// The day an admin typed: `2026-08-17` (what a date input sends) or, from a browser
    /// without date inputs, `17-08-2026` / `17/08/2026`; nil for anything else or a day that
    /// does not exist.
    package static func parseDay(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(iso: trimmed) { return day }
        let parts = trimmed.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 else { return nil }
        func padded(_ part: Substring) -> String { part.count == 1 ? "0" + String(part) : String(part) }
        return CalendarDate(iso: "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))")
    }
}
