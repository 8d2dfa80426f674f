/// Appends text to XML output as UTF-8, escaped so any string makes well-formed XML 1.0.
///
/// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE and
/// U+FFFF; XML 1.0 §2.2 `Char`) are dropped rather than written, since one of them makes the whole
/// part unreadable. CR is written as `&#13;`, which survives the line-end normalisation of §2.11.
enum XMLEscaper {
    /// Appends `text` as element content.
    static func appendText(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: false)
    }

    /// Appends `text` as an attribute value (between double quotes); tab and LF are escaped so
    /// attribute-value normalisation (§3.3.3) keeps them.
    static func appendAttribute(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: true)
    }

    /// Whether `text` would lose characters when written (it holds characters XML cannot carry).
    static func containsIllegalCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { !isLegal($0) }
    }

    /// XML 1.0 `Char`; Swift strings never hold surrogates, so only controls and U+FFFE/U+FFFF fail.
    static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    private static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): output += Self.ampersand
                case UInt8(ascii: "<"): output += Self.lessThan
                case UInt8(ascii: ">"): output += Self.greaterThan
                case UInt8(ascii: "\"") where inAttribute: output += Self.quote
                case 0x0D: output += Self.carriageReturn
                case 0x09 where inAttribute: output += Self.tab
                case 0x0A where inAttribute: output += Self.lineFeed
                case 0x09, 0x0A: output.append(byte)
                case 0..<0x20: continue
                case 0xEF where index + 1 < utf8.count && utf8[index] == 0xBF && utf8[index + 1] >= 0xBE:
                    index += 2  // U+FFFE or U+FFFF
                default: output.append(byte)
                }
            }
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
}
