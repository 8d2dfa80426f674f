/// The separator between fields. RFC 4180 uses the comma; spreadsheet programs set to an
/// Indonesian locale write a semicolon, because there the comma is the decimal separator.
package enum CSVDelimiter: Sendable, Equatable, CaseIterable {
    case comma
    case semicolon

    /// The byte written between fields.
    package var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        }
    }

    /// The delimiter of a file whose first line is `headerLine`: a semicolon when it holds more
    /// semicolons than commas outside quotes, a comma otherwise (also for an empty line).
    package static func detect(headerLine: some Sequence<UInt8>) -> CSVDelimiter {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        for byte in headerLine {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: ","): if !inQuotes { commas += 1 }
            case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
            default: break
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}
