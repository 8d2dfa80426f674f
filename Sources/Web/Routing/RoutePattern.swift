/// A parsed route path: constant segments, `:name` parameters and an optional trailing `*name`.
package struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated piece of a pattern.
    package enum Segment: Sendable, Hashable {
        case constant(String)
        case parameter(String)
        case catchAll(String)
    }

    /// The pieces, in order; empty for `/`.
    package let segments: [Segment]

    /// Parses `/keluarga/:id/edit` or `/static/*path`. Empty segments are ignored, so a trailing
    /// slash in the pattern means nothing (the router ignores it in requests too).
    package init(_ text: String) throws(RoutingError) {
        guard text.hasPrefix("/") else { throw .invalidPattern(text, reason: "must start with /") }
        var segments: [Segment] = []
        var names: Set<String> = []
        let parts = text.split(separator: "/", omittingEmptySubsequences: true)
        for (index, part) in parts.enumerated() {
            if let first = part.first, first == ":" || first == "*" {
                let name = String(part.dropFirst())
                guard !name.isEmpty, name.utf8.allSatisfy(RoutePattern.isNameByte) else {
                    throw .invalidPattern(text, reason: "bad parameter name in '\(part)'")
                }
                guard names.insert(name).inserted else {
                    throw .invalidPattern(text, reason: "parameter '\(name)' appears twice")
                }
                if first == "*" {
                    guard index == parts.count - 1 else {
                        throw .invalidPattern(text, reason: "'*\(name)' must be the last segment")
                    }
                    segments.append(.catchAll(name))
                } else {
                    segments.append(.parameter(name))
                }
            } else {
                // Patterns are written decoded; a literal '%' would never match a decoded request segment.
                guard !part.contains("%") else {
                    throw .invalidPattern(text, reason: "write constant segments unencoded")
                }
                segments.append(.constant(String(part)))
            }
        }
        self.segments = segments
    }

    package var description: String {
        if segments.isEmpty { return "/" }
        var text = ""
        for segment in segments {
            switch segment {
            case .constant(let value): text += "/" + value
            case .parameter(let name): text += "/:" + name
            case .catchAll(let name): text += "/*" + name
            }
        }
        return text
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
