import Foundation

/// Partials read from `DIR/name.mustache` when a render first asks for them. A name that leaves the
/// folder (absolute, or with a `..` part) or has no file is treated as missing; a file that does not parse
/// is remembered in `firstError` so the command can report it after rendering.
final class PartialFiles: PartialProvider {
    private let directory: String
    private var cache: [String: Template?] = [:]
    private(set) var firstError: TemplateParseError?

    init(directory: String) {
        self.directory = directory
    }

    func partial(named name: String) -> Template? {
        if let cached = cache[name] { return cached }
        let template = load(name)
        cache[name] = template
        return template
    }

    private func load(_ name: String) -> Template? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }),
            !name.contains("\0")
        else { return nil }
        let path = directory + "/" + name + ".mustache"
        guard let bytes = try? RenderCommand.readFile(path) else { return nil }
        do {
            return try Template(bytes: bytes, name: path)
        } catch {
            if firstError == nil { firstError = error }
            return nil
        }
    }
}
