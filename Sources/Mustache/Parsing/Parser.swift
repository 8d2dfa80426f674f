/// Turns scanned tokens into the node tree: nests sections, collects a parent's block overrides,
/// re-indents block content, and reports structural errors with the tag's line and column.
struct Parser {
    private let source: [UInt8]
    private let templateName: String
    private let tokens: [ScannedToken]
    private var index = 0

    init(source: [UInt8], templateName: String) throws(TemplateParseError) {
        self.source = source
        self.templateName = templateName
        var scanner = Scanner(source: source, templateName: templateName)
        self.tokens = StandaloneLines.trim(try scanner.scan(), source: source)
    }

    mutating func parse() throws(TemplateParseError) -> [Node] {
        try parseNodes(closing: nil)
    }

    /// Parses up to and including the closing tag of `open`, or to the end of the template.
    private mutating func parseNodes(closing open: ScannedToken?) throws(TemplateParseError) -> [Node] {
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                appendText(source[token.trimmed], to: &nodes)
            case .escapedVariable:
                nodes.append(.escapedVariable(VariablePath(token.content)))
            case .rawVariable:
                nodes.append(.rawVariable(VariablePath(token.content)))
            case .comment, .setDelimiter:
                continue
            case .section:
                nodes.append(.section(VariablePath(token.content), try parseNodes(closing: token)))
            case .invertedSection:
                nodes.append(.invertedSection(VariablePath(token.content), try parseNodes(closing: token)))
            case .partial:
                nodes.append(.partial(reference(token), indentation: token.standaloneIndentation))
            case .parent:
                let overrides = try parseOverrides(closing: token)
                nodes.append(
                    .parent(reference(token), overrides: overrides, indentation: token.standaloneIndentation))
            case .block:
                let content = try parseBlockContent(token)
                let indentation =
                    content.isEmpty && token.contentIndentation == nil
                    ? token.standaloneIndentation ?? token.leadIndentation : token.contentIndentation
                nodes.append(.block(token.content, defaultContent: content, indentation: indentation))
            case .close:
                try checkClose(token, matches: open)
                return nodes
            }
        }
        if let open { throw error(.unclosedSection(open.content), at: open) }
        return nodes
    }

    /// Inside `{{<parent}}…{{/parent}}` only blocks count; text and comments are ignored.
    private mutating func parseOverrides(closing parent: ScannedToken) throws(TemplateParseError) -> [String: [Node]] {
        var overrides: [String: [Node]] = [:]
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text, .comment, .setDelimiter:
                continue
            case .block:
                overrides[token.content] = try parseBlockContent(token)
            case .close:
                try checkClose(token, matches: parent)
                return overrides
            default:
                throw error(.tagInsideParent(String(decoding: source[token.range], as: UTF8.self)), at: token)
            }
        }
        throw error(.unclosedSection(parent.content), at: parent)
    }

    /// A block's content with the indentation it was written with removed.
    private mutating func parseBlockContent(_ open: ScannedToken) throws(TemplateParseError) -> [Node] {
        let content = try parseNodes(closing: open)
        guard let indentation = open.contentIndentation, !indentation.isEmpty else { return content }
        return BlockIndentation.strip(indentation, from: content, startingAtLineStart: open.contentStartsLine)
    }

    private func checkClose(_ close: ScannedToken, matches open: ScannedToken?) throws(TemplateParseError) {
        guard let open else { throw error(.unexpectedClosingTag(close.content), at: close) }
        guard close.content == open.content else {
            throw error(.mismatchedClosingTag(expected: open.content, found: close.content), at: close)
        }
    }

    private func reference(_ token: ScannedToken) -> PartialReference {
        let location = SourceLocation(offset: token.start, in: source)
        if token.content.hasPrefix("*") {
            return PartialReference(name: .dynamic(VariablePath(String(token.content.dropFirst()))), location: location)
        }
        return PartialReference(name: .fixed(token.content), location: location)
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, to nodes: inout [Node]) {
        guard !bytes.isEmpty else { return }
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + bytes)
        } else {
            nodes.append(.text(Array(bytes)))
        }
    }

    private func error(_ reason: TemplateParseError.Reason, at token: ScannedToken) -> TemplateParseError {
        TemplateParseError(
            reason: reason, template: templateName, location: SourceLocation(offset: token.start, in: source))
    }
}

extension VariablePath {
    /// A validated tag name: `.` or dotted names (the scanner has rejected empty parts).
    init(_ name: String) {
        self.init(components: name == "." ? [] : name.split(separator: ".").map(String.init))
    }
}
