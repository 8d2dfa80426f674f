/// A parsed template: parse once, render many times from any thread.
package struct Template: Sendable {
    /// The name given at parse time (a file path for templates read from disk); used in error messages.
    package let name: String
    let nodes: [Node]
    /// The source size, used to guess the output buffer's capacity.
    private let sourceSize: Int

    /// Parses `source`; errors carry `name`, line and column.
    package init(source: String, name: String = "") throws(TemplateParseError) {
        try self.init(bytes: Array(source.utf8), name: name)
    }

    /// Parses UTF-8 template bytes.
    package init(bytes: [UInt8], name: String = "") throws(TemplateParseError) {
        var parser = try Parser(source: bytes, templateName: name)
        self.nodes = try parser.parse()
        self.name = name
        self.sourceSize = bytes.count
    }

    /// Renders with `context` at the bottom of the context stack; `{{> name}}` and `{{< name}}` are looked
    /// up in `partials`, and a name it does not know renders as nothing (spec: partials, "Failed Lookup").
    package func render(_ context: MustacheValue, partials: some PartialProvider) -> [UInt8] {
        // A page with its layout and partials is usually several times its own source; starting at 8 KiB
        // saves the first few doublings of the buffer.
        var output: [UInt8] = []
        output.reserveCapacity(max(sourceSize * 4, 8192))
        render(context, partials: partials, into: &output)
        return output
    }

    /// Renders onto the end of `output`, for callers that reuse one buffer.
    package func render(_ context: MustacheValue, partials: some PartialProvider, into output: inout [UInt8]) {
        var renderer = Renderer(context: context, partials: partials, output: output)
        output = []
        renderer.render(nodes)
        output = renderer.output
    }

    /// Renders a template that uses no partials.
    package func render(_ context: MustacheValue) -> [UInt8] {
        render(context, partials: NoPartials())
    }
}
