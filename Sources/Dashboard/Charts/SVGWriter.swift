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

    static func escape(_ value: String) -> String {
        guard value.contains(where: { "<>&\"'".contains($0) }) else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
