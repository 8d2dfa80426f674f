package import Core
package import Foundation

/// The period of a register book: one day, or one calendar month, in the deployment's time zone.
package struct RegisterPeriod: Sendable, Equatable {
    package enum Kind: String, Sendable { case day = "harian", month = "bulanan" }

    package let kind: Kind
    package let first: CalendarDate
    package let last: CalendarDate

    /// The day `day`.
    package init(day: CalendarDate) {
        kind = .day
        first = day
        last = day
    }

    /// The month holding `day`.
    package init(monthOf day: CalendarDate) {
        kind = .month
        first = CalendarDate(year: day.year, month: day.month, day: 1) ?? day
        last = CalendarDate(year: day.year, month: day.month, day: CalendarDate.daysIn(month: day.month, year: day.year)) ?? day
    }

    /// "5 Oktober 2023" or "Oktober 2023".
    package var label: String {
        kind == .day ? first.indonesian : "\(IndonesianFormat.monthNames[first.month - 1]) \(first.year)"
    }

    /// `2023-10-05` or `2023-10`, for file names and links.
    package var key: String { kind == .day ? first.iso : String(first.iso.prefix(7)) }

    /// The moments [start, end) of the period in `timeZone`.
    package func interval(timeZone identifier: String) -> (start: Date, end: Date) {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return (first.start(in: zone), last.end(in: zone))
    }
}
