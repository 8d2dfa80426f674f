package import Foundation

/// Counts working time between two instants: office hours on working weekdays that are not
/// holidays, in the deployment's time zone (DESIGN.md §5: "1 hari" is one working day of 8 hours).
package struct WorkingCalendar: Sendable {
    package let timeZone: TimeZone
    private let timeZoneIdentifier: String
    private let opensMinute: Int
    private let closesMinute: Int
    /// ISO weekdays, 1 = Monday … 7 = Sunday.
    private let weekdays: Set<Int>
    private let holidays: Set<CalendarDate>

    package init(settings: Settings) {
        let zone = TimeZone(identifier: settings.timeZone) ?? TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        timeZone = zone
        timeZoneIdentifier = zone.identifier
        opensMinute = settings.officeOpensMinute
        closesMinute = max(settings.officeOpensMinute, settings.officeClosesMinute)
        weekdays = Set(settings.workingWeekdays)
        holidays = Set(settings.holidays.map(\.day))
    }

    /// Minutes of one full working day (480 for 08.00–16.00).
    package var minutesPerDay: Int { closesMinute - opensMinute }

    /// True for a working weekday that is not a holiday.
    package func isWorkingDay(_ day: CalendarDate) -> Bool {
        let iso = day.weekdayIndex == 0 ? 7 : day.weekdayIndex
        return weekdays.contains(iso) && !holidays.contains(day)
    }

    /// Whole working minutes in `[start, end)`; 0 when `end` is not after `start`.
    package func workingMinutes(from start: Date, to end: Date) -> Int {
        guard end > start else { return 0 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let lastDay = CalendarDate(end, timeZone: timeZoneIdentifier)
        var day = CalendarDate(start, timeZone: timeZoneIdentifier)
        var seconds = 0.0
        while !(lastDay < day) {
            let midnight = day.start(in: timeZone)
            if isWorkingDay(day) {
                let opens = midnight.addingTimeInterval(Double(opensMinute * 60))
                let closes = midnight.addingTimeInterval(Double(closesMinute * 60))
                let from = max(opens, start)
                let to = min(closes, end)
                if to > from { seconds += to.timeIntervalSince(from) }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: midnight) else { break }
            day = CalendarDate(next, timeZone: timeZoneIdentifier)
        }
        return Int(seconds / 60)
    }

    /// The instant `minutes` working minutes before `end`: an item that entered a state before it has
    /// spent more than `minutes` there by `end` (the overdue threshold of a queue). Looks back at
    /// most ten years; beyond that returns the distant past.
    package func instant(workingMinutes minutes: Int, before end: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var remaining = Double(max(minutes, 0) * 60)
        var day = CalendarDate(end, timeZone: timeZoneIdentifier)
        for _ in 0..<3_660 {
            let midnight = day.start(in: timeZone)
            if isWorkingDay(day) {
                let opens = midnight.addingTimeInterval(Double(opensMinute * 60))
                let closes = min(midnight.addingTimeInterval(Double(closesMinute * 60)), end)
                if closes > opens {
                    let available = closes.timeIntervalSince(opens)
                    if available >= remaining { return closes.addingTimeInterval(-remaining) }
                    remaining -= available
                }
            }
            guard let previous = calendar.date(byAdding: .day, value: -1, to: midnight) else { break }
            day = CalendarDate(previous, timeZone: timeZoneIdentifier)
        }
        return .distantPast
    }
}
