/// Walks a template's nodes and writes the output bytes. One renderer serves one `render` call.
struct Renderer<Partials: PartialProvider> {
    /// Deeper nesting of partials, parents and blocks renders nothing: it is almost certainly a template
    /// that includes itself without a data-driven end, and the thread's stack must survive it.
    static var maximumDepth: Int { 64 }

    private let partials: Partials
    private(set) var output: [UInt8] = []
    private var context: ContextStack
    /// Written before each line that template text starts: standalone partials, parents and blocks add to it.
    private var indentation: [UInt8] = []
    private var atLineStart = true
    /// The block overrides in force; the outermost template's override of a name wins.
    private var blocks: [String: [Node]] = [:]
    private var depth = 0

    init(context: MustacheValue, partials: Partials, output: [UInt8]) {
        self.context = ContextStack(root: context)
        self.partials = partials
        self.output = output
    }

    mutating func render(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                writeTemplateText(bytes)
            case .escapedVariable(let path):
                if let value = context.lookup(path) { interpolate(value, escaped: true) }
            case .rawVariable(let path):
                if let value = context.lookup(path) { interpolate(value, escaped: false) }
            case .section(let path, let children):
                renderSection(path, children)
            case .invertedSection(let path, let children):
                if !(context.lookup(path)?.isTruthy ?? false) { render(children) }
            case .partial(let reference, let extraIndentation):
                guard let template = resolve(reference) else { continue }
                renderNested(template.nodes, indentedBy: extraIndentation)
            case .parent(let reference, let overrides, let extraIndentation):
                guard let template = resolve(reference) else { continue }
                let outerBlocks = blocks
                if !overrides.isEmpty {
                    // Spec ~inheritance, "Multi-level inheritance": overrides from further out take precedence.
                    blocks = overrides.merging(outerBlocks) { _, outer in outer }
                }
                renderNested(template.nodes, indentedBy: extraIndentation)
                blocks = outerBlocks
            case .block(let name, let defaultContent, let extraIndentation):
                renderNested(blocks[name] ?? defaultContent, indentedBy: extraIndentation)
            }
        }
    }

    private mutating func renderSection(_ path: VariablePath, _ children: [Node]) {
        guard let value = context.lookup(path) else { return }
        if case .array(let items) = value {
            for item in items {
                context.push(item)
                render(children)
                context.pop()
            }
        } else if value.isTruthy {
            context.push(value)
            render(children)
            context.pop()
        }
    }

    private mutating func renderNested(_ nodes: [Node], indentedBy extraIndentation: [UInt8]?) {
        guard depth < Self.maximumDepth else { return }
        depth += 1
        let outerCount = indentation.count
        if let extraIndentation { indentation.append(contentsOf: extraIndentation) }
        render(nodes)
        indentation.removeSubrange(outerCount...)
        depth -= 1
    }

    private func resolve(_ reference: PartialReference) -> Template? {
        switch reference.name {
        case .fixed(let name):
            return partials.partial(named: name)
        case .dynamic(let path):
            // Spec ~dynamic-names: the name is the string at `path`; anything else renders nothing.
            guard case .string(let name)? = context.lookup(path) else { return nil }
            return partials.partial(named: name)
        }
    }

    /// Template text: every line it starts gets the current indentation (blank lines stay blank).
    private mutating func writeTemplateText(_ bytes: [UInt8]) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: bytes)
            atLineStart = bytes.last == UInt8(ascii: "\n")
            return
        }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = (bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1
            if atLineStart, !isLineBreak(bytes[lineStart..<lineEnd]) { output.append(contentsOf: indentation) }
            output.append(contentsOf: bytes[lineStart..<lineEnd])
            atLineStart = bytes[lineEnd - 1] == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    /// Data is written as it is: line breaks inside a value do not indent (spec: partials, "Standalone
    /// Indentation"), but a value that starts a template line gets the indentation first.
    private mutating func beginValue() {
        if atLineStart {
            output.append(contentsOf: indentation)
            atLineStart = false
        }
    }

    private mutating func interpolate(_ value: MustacheValue, escaped: Bool) {
        switch value {
        case .string(let string):
            guard !string.isEmpty else { return }
            beginValue()
            if escaped {
                HTMLEscape.append(string, to: &output)
            } else {
                output.append(contentsOf: string.utf8)
            }
        case .int(let integer):
            beginValue()
            NumberFormatting.append(integer, to: &output)
        case .double(let double):
            beginValue()
            NumberFormatting.append(double, to: &output)
        case .bool(let bool):
            beginValue()
            output.append(contentsOf: (bool ? "true" : "false").utf8)
        case .null, .array, .object:
            return
        }
    }

    private func isLineBreak(_ line: ArraySlice<UInt8>) -> Bool {
        line.elementsEqual([UInt8(ascii: "\n")]) || line.elementsEqual([UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }
}
