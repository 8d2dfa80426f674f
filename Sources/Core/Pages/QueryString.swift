/// Query strings for links that keep a list's filters: `name=value&…`, every name and value
/// percent-encoded so that only RFC 3986 unreserved characters stay literal (§2.3).
package enum QueryString {
    /// `pairs` joined as `name=value&…`, encoded; empty values are kept (`q=`).
    package static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { name, value in component(name) + "=" + component(value) }.joined(separator: "&")
    }

    /// One name or value, percent-encoded byte by byte from its UTF-8.
    package static func component(_ text: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return encoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(Character(Unicode.Scalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10)))
    }
}
