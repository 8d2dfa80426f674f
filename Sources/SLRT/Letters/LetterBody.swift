/// Turns a rendered body template into paragraphs. Blocks are separated by blank lines; a block
/// whose lines all start with `@` is a table of `@Label: value` rows (the applicant's data);
/// any other block is one paragraph whose lines are joined by spaces. The template engine escapes
/// values for HTML, so the text is unescaped here: the print view escapes again, the PDF draws text.
package enum LetterBody {
    package static func paragraphs(fromRendered text: String) -> [LetterParagraph] {
        var blocks: [[String]] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.map { lines in
            if lines.allSatisfy({ $0.hasPrefix("@") }) {
                let rows = lines.map { line -> LetterParagraph.Row in
                    let body = line.dropFirst()
                    guard let colon = body.firstIndex(of: ":") else {
                        return LetterParagraph.Row(label: unescape(String(body)), value: "")
                    }
                    return LetterParagraph.Row(
                        label: unescape(body[..<colon].trimmingCharacters(in: .whitespaces)),
                        value: unescape(body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
                }
                return LetterParagraph(text: "", rows: rows)
            }
            return LetterParagraph(text: unescape(lines.joined(separator: " ")), rows: [])
        }
    }

    /// Reverses the template engine's HTML escaping (`&amp;` last, so `&amp;lt;` stays `&lt;`).
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
