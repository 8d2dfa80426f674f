package import Foundation

/// Counts working time between two instants: office hours on working weekdays that are not
/// holidays, in the deployment's time zone (DESIGN.md §5: "1 hari" is one working day of 8 hours).
///
/// The arithmetic is on whole days since 1970-01-01 in local time with the zone's fixed UTC offset:
/// Indonesia's zones (WIB, WITA, WIT) keep no daylight saving time, and the dashboard measures
/// thousands of stays per page, where Foundation's calendar calls per day cost 20 µs a stay.
package struct WorkingCalendar: Sendable {
    package let timeZone: TimeZone
    /// Seconds east of UTC (25,200 for WIB).
    private let offset: Int64
    private let opensSecond: Int64
    private let closesSecond: Int64
    /// ISO weekdays, 1 = Monday … 7 = Sunday.
    private let weekdays: Set<Int>
    /// Local days since 1970-01-01.
    private let holidays: Set<Int64>

    private static let secondsPerDay: Int64 = 86_400

    package init(settings: Settings) {
        let zone = TimeZone(identifier: settings.timeZone) ?? TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        timeZone = zone
        offset = Int64(zone.secondsFromGMT(for: Date()))
        opensSecond = Int64(settings.officeOpensMinute * 60)
        closesSecond = Int64(max(settings.officeOpensMinute, settings.officeClosesMinute) * 60)
        weekdays = Set(settings.workingWeekdays)
        holidays = Set(settings.holidays.map { Self.dayNumber($0.day) })
    }

    /// Minutes of one full working day (480 for 08.00–16.00).
    package var minutesPerDay: Int { Int((closesSecond - opensSecond) / 60) }

    /// True for a working weekday that is not a holiday.
    package func isWorkingDay(_ day: CalendarDate) -> Bool {
        isWorkingDay(number: Self.dayNumber(day))
    }

    /// Whole working minutes in `[start, end)`; 0 when `end` is not after `start`.
    package func workingMinutes(from start: Date, to end: Date) -> Int {
        let from = local(start)
        let to = local(end)
        guard to > from else { return 0 }
        var seconds: Int64 = 0
        var day = Self.floorDivide(from, Self.secondsPerDay)
        let lastDay = Self.floorDivide(to, Self.secondsPerDay)
        while day <= lastDay {
            if isWorkingDay(number: day) {
                let midnight = day * Self.secondsPerDay
                let open = max(midnight + opensSecond, from)
                let close = min(midnight + closesSecond, to)
                if close > open { seconds += close - open }
            }
            day += 1
        }
        return Int(seconds / 60)
    }

    /// The instant `minutes` working minutes before `end`: an item that entered a state before it has
    /// spent more than `minutes` there by `end` (the overdue threshold of a queue). Looks back at
    /// most ten years; beyond that returns the distant past.
    package func instant(workingMinutes minutes: Int, before end: Date) -> Date {
        let to = local(end)
        var remaining = Int64(max(minutes, 0)) * 60
        var day = Self.floorDivide(to, Self.secondsPerDay)
        for _ in 0..<3_660 {
            if isWorkingDay(number: day) {
                let midnight = day * Self.secondsPerDay
                let open = midnight + opensSecond
                let close = min(midnight + closesSecond, to)
                if close > open {
                    if close - open >= remaining { return utc(close - remaining) }
                    remaining -= close - open
                }
            }
            day -= 1
        }
        return .distantPast
    }

    private func isWorkingDay(number day: Int64) -> Bool {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        let iso = Int((day % 7 + 7 + 3) % 7) + 1
        return weekdays.contains(iso) && !holidays.contains(day)
    }

    /// Local wall-clock seconds since 1970-01-01 (fractions dropped: the SLA counts whole minutes).
    private func local(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down)) + offset
    }

    private func utc(_ localSeconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(localSeconds - offset))
    }

    private static func dayNumber(_ day: CalendarDate) -> Int64 {
        // Days from civil (Howard Hinnant's algorithm), 1970-01-01 = 0.
        let year = Int64(day.month <= 2 ? day.year - 1 : day.year)
        let era = floorDivide(year, 400)
        let yearOfEra = year - era * 400
        let month = Int64(day.month)
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + Int64(day.day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
