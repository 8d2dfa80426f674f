package import Foundation

/// A wall-clock date and time read from a date-formatted cell; workbooks record no time zone.
package struct XLSXDateTime: Sendable, Equatable, CustomStringConvertible {
    /// The year (1900–9999).
    package var year: Int
    /// The month, 1–12.
    package var month: Int
    /// The day of the month.
    package var day: Int
    /// Hour, minute and second of the day (all 0 for a plain date).
    package var hour: Int
    /// The minute.
    package var minute: Int
    /// The second.
    package var second: Int

    /// A date and time as given.
    package init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Whether the time part is other than midnight.
    package var hasTime: Bool { hour != 0 || minute != 0 || second != 0 }

    /// `yyyy-mm-dd`, followed by ` hh:mm:ss` when there is a time.
    package var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let date = "\(year)-\(two(month))-\(two(day))"
        return hasTime ? date + " \(two(hour)):\(two(minute)):\(two(second))" : date
    }

    /// The instant this wall-clock time names in `timeZone`.
    package func instant(in timeZone: TimeZone) -> Date {
        let days = CivilDate(year: year, month: month, day: day).daysSinceUnixEpoch
        let local = Double(days * 86_400 + hour * 3600 + minute * 60 + second)
        // The zone's offset at the wall-clock time read as UTC, then corrected once (enough for
        // zones whose offset changes by less than a day; Indonesia's zones have no DST at all).
        let firstOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(firstOffset)))
        return Date(timeIntervalSince1970: local - Double(offset))
    }

    /// The date of an Excel serial, or nil when the serial names no day (before 1900, the phantom
    /// 1900-02-29, past 9999); `date1904` for workbooks in the 1904 date system.
    init?(serial: Double, date1904: Bool) {
        // The 1904 system counts from 1904-01-01, which is serial 1462 of the 1900 system.
        let adjusted = date1904 ? serial + 1462 : serial
        guard let (date, second) = ExcelDate.dateAndTime(ofSerial: adjusted) else { return nil }
        self.init(
            year: date.year, month: date.month, day: date.day,
            hour: second / 3600, minute: second / 60 % 60, second: second % 60)
    }
}
