/// Percent-decoding (RFC 3986 §2.1) shared by paths, queries and form bodies.
enum PercentDecoding {
    /// The decoded bytes, or nil when a `%` is not followed by two hex digits.
    /// With `plusAsSpace`, `+` becomes a space, as `application/x-www-form-urlencoded` requires.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, plusAsSpace: Bool) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex else { return nil }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, let high = hexValue(bytes[first]), let low = hexValue(bytes[second])
                else { return nil }
                output.append(high << 4 | low)
                index = bytes.index(after: second)
                continue
            }
            output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = bytes.index(after: index)
        }
        return output
    }

    /// Decodes and checks the result is UTF-8; nil for either failure.
    static func decodeString<Bytes: Collection<UInt8>>(_ bytes: Bytes, plusAsSpace: Bool) -> String? {
        guard let decoded = decode(bytes, plusAsSpace: plusAsSpace) else { return nil }
        return String(validating: decoded, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
