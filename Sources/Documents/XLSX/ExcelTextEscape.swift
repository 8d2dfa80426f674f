/// Excel's own escape inside SpreadsheetML strings: `_xHHHH_` stands for the UTF-16 unit HHHH
/// (ECMA-376 Part 1 §22.4.2.4, `ST_Xstring`). Excel and LibreOffice decode it on reading, so text
/// that happens to contain such a sequence must have its underscore escaped as `_x005F_` when
/// written, and the reader decodes the sequences.
enum ExcelTextEscape {
    /// `text` with the underscore of every `_xHHHH_` sequence written as `_x005F_`.
    static func encode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 7)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "_"), hexUnit(in: bytes[...], at: index) != nil {
                output += Array("_x005F".utf8)
            }
            output.append(bytes[index])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` with every `_xHHHH_` sequence replaced by the character it stands for.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let bytes = Array(text.utf8)
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        var pending: [UInt8] = []
        var index = 0
        func flushPending() {
            units += String(decoding: pending, as: UTF8.self).utf16
            pending.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            if let unit = hexUnit(in: bytes[...], at: index) {
                flushPending()
                units.append(unit)
                index += 7
            } else {
                pending.append(bytes[index])
                index += 1
            }
        }
        flushPending()
        return String(decoding: units, as: UTF16.self)
    }

    /// The unit of a `_xHHHH_` sequence starting at `index`, or nil if none starts there.
    private static func hexUnit(in bytes: ArraySlice<UInt8>, at index: Int) -> UInt16? {
        guard index + 7 <= bytes.endIndex, bytes[index] == UInt8(ascii: "_"),
            bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
