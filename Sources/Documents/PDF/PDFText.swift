import Foundation

/// Text strings outside content streams (§7.9.2): PDFDocEncoding-safe ASCII as a literal,
/// anything else as UTF-16BE with a byte order mark.
enum PDFText {
    static func string(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            var literal = "("
            for character in text {
                if character == "(" || character == ")" || character == "\\" { literal.append("\\") }
                literal.append(character)
            }
            return literal + ")"
        }
        var hex = "<FEFF"
        for unit in text.utf16 {
            let digits = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return hex + ">"
    }

    /// A date as D:YYYYMMDDHHmmSSZ (§7.9.4), in UTC.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let number = value ?? 0
            return number < 10 ? "0\(number)" : "\(number)"
        }
        return "D:\(parts.year ?? 1970)\(two(parts.month))\(two(parts.day))\(two(parts.hour))\(two(parts.minute))\(two(parts.second))Z"
    }
}
