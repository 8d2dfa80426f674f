package import Foundation

extension CalendarDate {
    /// Midnight at the start of this day in `timeZone`.
    package func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Midnight at the start of the next day in `timeZone` (the exclusive end of this day).
    package func end(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(byAdding: .day, value: 1, to: start(in: timeZone)) ?? start(in: timeZone)
    }

    /// 0 = Sunday … 6 = Saturday (Sakamoto's method for the Gregorian calendar).
    package var weekdayIndex: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// `Senin, 17 Agustus 2026`.
    package var indonesianText: String {
        "\(IndonesianFormat.dayNames[weekdayIndex]), \(indonesian)"
    }
}

extension CalendarDate: Codable {
    /// Encoded as its `YYYY-MM-DD` text.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD day: \(text)")
        }
        self = day
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
