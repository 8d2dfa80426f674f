/// A template that cannot be parsed, with the template's name (usually its file) and the tag's position.
package struct TemplateParseError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    package enum Reason: Equatable, Sendable {
        /// An opening delimiter with no closing delimiter after it.
        case unclosedTag
        /// A section, inverted section, parent or block that is never closed.
        case unclosedSection(String)
        /// A closing tag with no open section.
        case unexpectedClosingTag(String)
        /// A closing tag whose name is not the innermost open section's.
        case mismatchedClosingTag(expected: String, found: String)
        /// A set-delimiter tag that is not two non-empty delimiters without whitespace or `=`.
        case invalidDelimiters(String)
        /// A tag whose name is empty, holds whitespace, or has empty dotted parts.
        case invalidName(String)
        /// A tag other than a block, comment or set-delimiter directly inside a parent tag.
        case tagInsideParent(String)
    }

    /// What is wrong.
    package let reason: Reason
    /// The template's name as given to the parser (the file path for files).
    package let template: String
    /// The position of the offending tag.
    package let location: SourceLocation

    /// 1-based line of the offending tag.
    package var line: Int { location.line }
    /// 1-based column of the offending tag.
    package var column: Int { location.column }

    package var description: String {
        let place = template.isEmpty ? "line \(line), column \(column)" : "\(template):\(line):\(column)"
        return "\(place): \(reasonDescription)"
    }

    private var reasonDescription: String {
        switch reason {
        case .unclosedTag: "tag is not closed"
        case .unclosedSection(let name): "section '\(name)' is not closed"
        case .unexpectedClosingTag(let name): "closing tag '\(name)' has no open section"
        case .mismatchedClosingTag(let expected, let found):
            "closing tag '\(found)' does not match the open section '\(expected)'"
        case .invalidDelimiters(let content): "invalid set-delimiter tag '\(content)'"
        case .invalidName(let name): "invalid tag name '\(name)'"
        case .tagInsideParent(let tag):
            "only blocks ({{$name}}) may appear inside a parent tag, found '\(tag)'"
        }
    }
}
