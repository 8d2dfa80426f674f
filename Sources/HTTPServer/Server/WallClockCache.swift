import Glibc

/// The current second, formatted once per second for the `Date` header (IMF-fixdate,
/// RFC 9110 §5.6.7) and for access-log lines (ISO 8601, UTC). Each loop keeps its own.
struct WallClockCache {
    private(set) var second = Int.min
    /// `Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n`
    private(set) var dateField: [UInt8] = []
    /// `1994-11-06T08:49:37Z`
    private(set) var isoTimestamp: [UInt8] = []

    init() {}

    init(second: Int) {
        update(to: second)
    }

    private static let weekdays: [StaticString] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months: [StaticString] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    mutating func update(to second: Int) {
        guard second != self.second else { return }
        self.second = second
        var seconds = time_t(second)
        var parts = tm()
        gmtime_r(&seconds, &parts)

        dateField.removeAll(keepingCapacity: true)
        dateField.append(contentsOf: "Date: ".utf8)
        Self.appendLiteral(Self.weekdays[Int(parts.tm_wday) % 7], to: &dateField)
        dateField.append(contentsOf: ", ".utf8)
        Self.appendDigits(Int(parts.tm_mday), width: 2, to: &dateField)
        dateField.append(ByteClass.space)
        Self.appendLiteral(Self.months[Int(parts.tm_mon) % 12], to: &dateField)
        dateField.append(ByteClass.space)
        Self.appendDigits(Int(parts.tm_year) + 1900, width: 4, to: &dateField)
        dateField.append(ByteClass.space)
        Self.appendClock(parts, separator: UInt8(ascii: ":"), to: &dateField)
        dateField.append(contentsOf: " GMT\r\n".utf8)

        isoTimestamp.removeAll(keepingCapacity: true)
        Self.appendDigits(Int(parts.tm_year) + 1900, width: 4, to: &isoTimestamp)
        isoTimestamp.append(UInt8(ascii: "-"))
        Self.appendDigits(Int(parts.tm_mon) + 1, width: 2, to: &isoTimestamp)
        isoTimestamp.append(UInt8(ascii: "-"))
        Self.appendDigits(Int(parts.tm_mday), width: 2, to: &isoTimestamp)
        isoTimestamp.append(UInt8(ascii: "T"))
        Self.appendClock(parts, separator: UInt8(ascii: ":"), to: &isoTimestamp)
        isoTimestamp.append(UInt8(ascii: "Z"))
    }

    private static func appendClock(_ parts: tm, separator: UInt8, to buffer: inout [UInt8]) {
        appendDigits(Int(parts.tm_hour), width: 2, to: &buffer)
        buffer.append(separator)
        appendDigits(Int(parts.tm_min), width: 2, to: &buffer)
        buffer.append(separator)
        appendDigits(Int(parts.tm_sec), width: 2, to: &buffer)
    }

    private static func appendLiteral(_ literal: StaticString, to buffer: inout [UInt8]) {
        literal.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends a non-negative number in decimal, zero-padded to `width`.
    static func appendDigits(_ value: Int, width: Int, to buffer: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { scratch in
            var remaining = value
            var count = 0
            repeat {
                scratch[7 - count] = UInt8(ascii: "0") &+ UInt8(remaining % 10)
                remaining /= 10
                count += 1
            } while remaining > 0 && count < 8
            while count < width && count < 8 {
                scratch[7 - count] = UInt8(ascii: "0")
                count += 1
            }
            buffer.append(contentsOf: scratch[(8 - count)...])
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends a non-negative integer in decimal without going through String.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendDecimal(-value)
            return
        }
        if value < 100_000_000 {
            WallClockCache.appendDigits(value, width: 1, to: &self)
        } else {
            append(contentsOf: String(value).utf8)
        }
    }
}
