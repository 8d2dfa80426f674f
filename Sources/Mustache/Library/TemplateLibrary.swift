/// All templates of a directory (the app's Templates/), loaded and checked once at start. Render any of
/// them by name; partial and parent tags refer to each other by the same names. In reload mode (`--dev`)
/// each render first checks the files' stamps and reloads everything when one changed.
package final class TemplateLibrary: Sendable {
    private enum Source: Sendable {
        case fixed(TemplateDirectory)
        case reloading(Locked<TemplateDirectory>)
    }

    /// The directory the templates come from.
    package let directory: String
    private let source: Source

    /// Loads every `*.mustache` file below `directory`; a parse error or a partial that does not exist is
    /// reported here, naming the file, line and column.
    package init(directory: String, reloadsChangedFiles: Bool = false) throws(TemplateLibraryError) {
        self.directory = directory
        let loaded = try TemplateDirectory.load(directory)
        source = reloadsChangedFiles ? .reloading(Locked(loaded)) : .fixed(loaded)
    }

    /// The names of the loaded templates, sorted.
    package var templateNames: [String] {
        get throws(TemplateLibraryError) { try current().templates.keys.sorted() }
    }

    /// The template called `name`, or nil.
    package func template(named name: String) throws(TemplateLibraryError) -> Template? {
        try current().templates[name]
    }

    /// Renders the template called `name` with `context`.
    package func render(_ name: String, _ context: MustacheValue) throws(TemplateLibraryError) -> [UInt8] {
        let templates = try current()
        guard let template = templates.templates[name] else { throw .templateNotFound(name) }
        return template.render(context, partials: templates)
    }

    /// Renders the template called `name` with a view model encoded into a `MustacheValue`.
    package func render<Model: Encodable>(_ name: String, _ model: Model) throws(TemplateLibraryError) -> [UInt8] {
        let context: MustacheValue
        do {
            context = try MustacheValue(encoding: model)
        } catch {
            throw .modelEncoding(template: name, reason: "\(error)")
        }
        return try render(name, context)
    }

    private func current() throws(TemplateLibraryError) -> TemplateDirectory {
        switch source {
        case .fixed(let templates):
            return templates
        case .reloading(let state):
            return try state.withLock { (templates: inout TemplateDirectory) throws(TemplateLibraryError) in
                if !templates.stamps.allSatisfy(\.isCurrent) {
                    // On failure the old templates stay, and the next render tries again.
                    templates = try TemplateDirectory.load(directory)
                }
                return templates
            }
        }
    }
}
