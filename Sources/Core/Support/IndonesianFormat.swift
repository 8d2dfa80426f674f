package import Foundation

/// Numbers, money and dates the way Indonesian offices write them: `1.234.567`, `Rp 42.000`,
/// `Senin, 15 Mei 2023 09.30 WIB`.
package enum IndonesianFormat {
    package static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]
    package static let dayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// `1234567` → `1.234.567`.
    package static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `42000` → `Rp 42.000`.
    package static func rupiah(_ value: Int) -> String { "Rp " + number(value) }

    /// The abbreviation of a time zone: WIB, WITA, WIT, or its identifier.
    package static func zoneAbbreviation(_ identifier: String) -> String {
        switch identifier {
        case "Asia/Jakarta", "Asia/Pontianak": "WIB"
        case "Asia/Makassar": "WITA"
        case "Asia/Jayapura": "WIT"
        default: identifier
        }
    }

    /// `Senin, 15 Mei 2023 09.30 WIB` in the deployment's time zone.
    package static func dateTime(_ date: Date, timeZone identifier: String) -> String {
        let parts = components(date, identifier)
        let time = String(format: "%02d.%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(day(parts)), \(dateText(parts)) \(time) \(zoneAbbreviation(identifier))"
    }

    /// `15 Mei 2023` in the deployment's time zone.
    package static func date(_ date: Date, timeZone identifier: String) -> String {
        dateText(components(date, identifier))
    }

    private static func components(_ date: Date, _ identifier: String) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
    }

    private static func day(_ parts: DateComponents) -> String {
        dayNames[((parts.weekday ?? 1) - 1) % 7]
    }

    private static func dateText(_ parts: DateComponents) -> String {
        let month = monthNames[((parts.month ?? 1) - 1) % 12]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970)"
    }
}
