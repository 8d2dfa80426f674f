package import HTTPServer

/// The cookies a request sent, parsed from `Cookie` as RFC 6265 §5.4 produces it:
/// `name=value` pairs separated by `;` and optional spaces.
package struct Cookies: Sendable {
    private var pairs: [(name: String, value: String)] = []

    /// Pairs without `=` or with an empty name are skipped; a value in double quotes loses
    /// the quotes (§4.1.1 cookie-value). Values are not percent-decoded: they are opaque.
    package init(headerValues: [String]) {
        for header in headerValues {
            for piece in header.split(separator: ";") {
                guard let equals = piece.firstIndex(of: "=") else { continue }
                let name = piece[..<equals].trimmingWhitespace()
                guard !name.isEmpty else { continue }
                var value = piece[piece.index(after: equals)...].trimmingWhitespace()
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                    value = String(value.dropFirst().dropLast())
                }
                pairs.append((name, value))
            }
        }
    }

    /// The first cookie of that name: browsers send the most specific path first (§5.4 step 2).
    package subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// Every value sent under that name.
    package func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    package var count: Int { pairs.count }
}

extension Request {
    /// The request's cookies (every `Cookie` field, though HTTP/1.1 clients send one).
    package var cookies: Cookies { Cookies(headerValues: headers.values(for: "Cookie")) }
}
