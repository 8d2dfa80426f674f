import Foundation

/// Serial dates of Excel's 1900 date system: day 1 is 1900-01-01, and day 60 is the 29 February
/// 1900 that never was (kept for Lotus 1-2-3 compatibility, ECMA-376 Part 1 §18.17.4.1), so from
/// 1900-03-01 on the serial is days since 1899-12-30.
enum ExcelDate {
    private static let serialOfUnixEpoch = 25_569
    private static let serialRange = 1...2_958_465  // 1900-01-01 … 9999-12-31

    /// The serial of a calendar day, or nil if it is no real day or lies outside 1900…9999.
    static func serial(of date: CivilDate) -> Int? {
        guard date.isValid else { return nil }
        let days = date.daysSinceUnixEpoch
        let serial = days + serialOfUnixEpoch - (days < -25_508 ? 1 : 0)  // before 1900-03-01
        return serialRange.contains(serial) ? serial : nil
    }

    /// The serial (day plus fraction of the day) of `instant` as wall-clock time in `timeZone`.
    static func serial(of instant: Date, timeZone: TimeZone) -> Double? {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        let days = (local / 86_400).rounded(.down)
        guard abs(days) < 3_000_000, let daySerial = serial(of: CivilDate(daysSinceUnixEpoch: Int(days))) else {
            return nil
        }
        let fraction = (local - days * 86_400) / 86_400
        return Double(daySerial) + fraction
    }

    /// The calendar day and second of the day of a serial, or nil for serials before 1 (time only),
    /// the phantom 1900-02-29, or past 9999-12-31.
    static func dateAndTime(ofSerial serial: Double) -> (date: CivilDate, secondOfDay: Int)? {
        guard serial.isFinite, serial >= 1, serial < Double(serialRange.upperBound + 1) else { return nil }
        // Round to the second first: 0.999999 of a day is midnight of the next day, not 23:59:59.99.
        let totalSeconds = Int((serial * 86_400).rounded())
        let day = totalSeconds / 86_400
        guard day != 60 else { return nil }
        let days = day - serialOfUnixEpoch + (day < 60 ? 1 : 0)
        return (CivilDate(daysSinceUnixEpoch: days), totalSeconds % 86_400)
    }
}
