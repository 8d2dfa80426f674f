/// One element of a parsed template. A template is an array of nodes; sections and blocks hold their own.
enum Node: Sendable {
    /// Literal template text, written as it is.
    case text([UInt8])
    /// `{{name}}`: the value, HTML-escaped.
    case escapedVariable(VariablePath)
    /// `{{{name}}}` or `{{& name}}`: the value as it is.
    case rawVariable(VariablePath)
    /// `{{#name}}…{{/name}}`: the children once per item, or once for a truthy value.
    case section(VariablePath, [Node])
    /// `{{^name}}…{{/name}}`: the children when the value is missing or falsy.
    case invertedSection(VariablePath, [Node])
    /// `{{> name}}`: another template rendered here. `indentation` is nil for an inline tag and the
    /// whitespace before a standalone tag, prefixed to every line the partial writes.
    case partial(PartialReference, indentation: [UInt8]?)
    /// `{{< name}}…{{/name}}`: another template rendered here with some of its blocks replaced.
    case parent(PartialReference, overrides: [String: [Node]], indentation: [UInt8]?)
    /// `{{$ name}}…{{/name}}` outside a parent: an overridable place whose children are the default.
    /// `indentation`, when present, is prefixed to the lines of whatever content fills the block.
    case block(String, defaultContent: [Node], indentation: [UInt8]?)
}

/// The name in an interpolation or section tag: `.` (no components) or dotted names.
struct VariablePath: Sendable, Equatable {
    /// The dotted parts; empty for the implicit iterator `.`.
    let components: [String]

    static let implicitIterator = VariablePath(components: [])
}

/// The target of a partial or parent tag.
struct PartialReference: Sendable {
    enum Name: Sendable {
        /// `{{> name}}`: a fixed template name.
        case fixed(String)
        /// `{{> *path}}`: the name is the string found at `path` in the context (the spec's dynamic names).
        case dynamic(VariablePath)
    }

    let name: Name
    /// Where the tag is, for load-time errors about missing partials.
    let location: SourceLocation
}
