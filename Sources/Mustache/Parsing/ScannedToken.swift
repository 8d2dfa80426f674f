/// A token of the flat stream the scanner produces, before standalone lines are trimmed and sections nested.
struct ScannedToken {
    enum Kind: Equatable {
        case text
        case escapedVariable
        case rawVariable
        case section
        case invertedSection
        case close
        case comment
        case partial
        case parent
        case block
        case setDelimiter
    }

    let kind: Kind
    /// For text, the bytes as scanned; standalone checks read these.
    let range: Range<Int>
    /// For text, the bytes left after trimming standalone lines; `range` for tags.
    var trimmed: Range<Int>
    /// The tag's content without sigil and surrounding whitespace (the name); empty for text.
    let content: String
    /// The byte offset where the tag starts, for error locations.
    var start: Int { range.lowerBound }

    /// Standalone partial, parent or block: the whitespace before the tag, removed from the output.
    var standaloneIndentation: [UInt8]?
    /// A block tag with only whitespace before it on its line (kept as text): the lines after its first
    /// are indented by that whitespace.
    var leadIndentation: [UInt8]?
    /// A block whose content begins at the start of a line (the rest of the opening tag's line was blank).
    var contentStartsLine = false
    /// A block's content indentation: removed from its lines, and added back (or replaced by the
    /// overriding content's) where the block is expanded. Nil when the content has no full line.
    var contentIndentation: [UInt8]?

    init(kind: Kind, range: Range<Int>, content: String = "") {
        self.kind = kind
        self.range = range
        self.trimmed = range
        self.content = content
    }
}
