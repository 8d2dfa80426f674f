/// Writes SVG markup with every attribute value and text escaped (XML 1.0 §2.4, §3.3.3): the
/// labels come from the database (area and category names), so nothing is written raw.
struct SVGWriter {
    private(set) var text = ""

    init() {
        text.reserveCapacity(4096)
    }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name
        appendAttributes(attributes)
        text += ">"
    }

    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// An element with escaped text content, or self-closed when `text` is nil.
    mutating func element(_ name: String, _ attributes: [(String, String)], text content: String? = nil) {
        text += "<" + name
        appendAttributes(attributes)
        if let content {
            text += ">" + Self.escape(content) + "</" + name + ">"
        } else {
            text += "/>"
        }
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            text += " " + name + "=\"" + Self.escape(value) + "\""
        }
    }

    /// Works on UTF-8 bytes: the five special characters are ASCII, and a byte scan avoids
    /// grapheme breaking (the page's hot spot when it iterated `Character`s).
    static func escape(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return value
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: escaped.append(contentsOf: "&lt;".utf8)
            case 0x3E: escaped.append(contentsOf: "&gt;".utf8)
            case 0x26: escaped.append(contentsOf: "&amp;".utf8)
            case 0x22: escaped.append(contentsOf: "&quot;".utf8)
            case 0x27: escaped.append(contentsOf: "&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
