package import Foundation

/// The MS-DOS date and time a ZIP header records (local time, two-second resolution, years 1980–2107;
/// APPNOTE.TXT 4.4.6).
package struct DOSDateTime: Sendable, Equatable {
    /// Bits 15–9 year since 1980, 8–5 month, 4–0 day.
    package var date: UInt16
    /// Bits 15–11 hour, 10–5 minute, 4–0 seconds divided by two.
    package var time: UInt16

    /// The raw header fields.
    package init(date: UInt16, time: UInt16) {
        self.date = date
        self.time = time
    }

    /// A local calendar time; years outside 1980–2107 are clamped to the nearest representable instant.
    package init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        guard year >= 1980 else {
            self.init(date: 1 << 5 | 1, time: 0)  // 1980-01-01 00:00:00
            return
        }
        guard year <= 2107 else {
            self.init(date: 127 << 9 | 12 << 5 | 31, time: 23 << 11 | 59 << 5 | 29)
            return
        }
        let date = (year - 1980) << 9 | month << 5 | day
        let time = hour << 11 | minute << 5 | second / 2
        self.init(date: UInt16(truncatingIfNeeded: date), time: UInt16(truncatingIfNeeded: time))
    }

    /// The wall-clock time of `instant` in `timeZone`.
    package init(_ instant: Date, timeZone: TimeZone) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        let day = CivilDate(daysSinceUnixEpoch: days)
        self.init(
            year: day.year, month: day.month, day: day.day,
            hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
    }

    /// The year (1980–2107).
    package var year: Int { Int(date >> 9) + 1980 }
    /// The month (1–12 in a well-formed header).
    package var month: Int { Int(date >> 5 & 0x0F) }
    /// The day of the month.
    package var day: Int { Int(date & 0x1F) }
    /// The hour (0–23).
    package var hour: Int { Int(time >> 11) }
    /// The minute.
    package var minute: Int { Int(time >> 5 & 0x3F) }
    /// The second, always even.
    package var second: Int { Int(time & 0x1F) * 2 }
}
