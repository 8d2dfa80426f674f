import Foundation

/// Every template under a directory, parsed and checked: the snapshot a `TemplateLibrary` renders from.
struct TemplateDirectory: PartialProvider, Sendable {
    /// Templates by name: the path below the directory without `.mustache` (`partials/field`).
    let templates: [String: Template]
    /// Stamps of every template file and every folder, to notice changes in reload mode.
    let stamps: [FileStamp]

    func partial(named name: String) -> Template? { templates[name] }

    /// Reads and parses every `*.mustache` file below `directory` (hidden files and folders skipped), then
    /// checks that every partial and parent tag names a template that exists.
    static func load(_ directory: String) throws(TemplateLibraryError) -> TemplateDirectory {
        var templates: [String: Template] = [:]
        var stamps: [FileStamp] = []
        var files: [String: String] = [:]
        try collect(folder: directory, prefix: "", depth: 0, into: &templates, files: &files, stamps: &stamps)
        for name in templates.keys.sorted() {
            guard let template = templates[name], let file = files[name] else { continue }
            if let missing = firstMissingPartial(in: template.nodes, known: templates) {
                throw .missingPartial(name: missing.name, file: file, location: missing.location)
            }
        }
        return TemplateDirectory(templates: templates, stamps: stamps)
    }

    /// Folders nested deeper than this are not read (a symbolic link loop would never end).
    private static let maximumDepth = 32

    private static func collect(
        folder: String, prefix: String, depth: Int, into templates: inout [String: Template],
        files: inout [String: String], stamps: inout [FileStamp]
    ) throws(TemplateLibraryError) {
        guard depth < maximumDepth, let stamp = FileStamp.read(folder),
            let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { throw .unreadableDirectory(path: folder) }
        stamps.append(stamp)
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = folder + "/" + entry
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try collect(
                    folder: path, prefix: prefix + entry + "/", depth: depth + 1, into: &templates, files: &files,
                    stamps: &stamps)
            } else if entry.hasSuffix(".mustache") {
                let name = prefix + String(entry.dropLast(".mustache".count))
                guard let stamp = FileStamp.read(path), let contents = FileManager.default.contents(atPath: path) else {
                    throw .unreadableFile(path: path)
                }
                stamps.append(stamp)
                do {
                    templates[name] = try Template(bytes: Array(contents), name: path)
                } catch {
                    throw .parse(error)
                }
                files[name] = path
            }
        }
    }

    private static func firstMissingPartial(
        in nodes: [Node], known templates: [String: Template]
    ) -> (name: String, location: SourceLocation)? {
        for node in nodes {
            switch node {
            case .text, .escapedVariable, .rawVariable:
                continue
            case .section(_, let children), .invertedSection(_, let children), .block(_, let children, _):
                if let missing = firstMissingPartial(in: children, known: templates) { return missing }
            case .partial(let reference, _):
                if let missing = missing(reference, known: templates) { return missing }
            case .parent(let reference, let overrides, _):
                if let missing = missing(reference, known: templates) { return missing }
                for name in overrides.keys.sorted() {
                    if let content = overrides[name], let missing = firstMissingPartial(in: content, known: templates) {
                        return missing
                    }
                }
            }
        }
        return nil
    }

    /// Dynamic names are only known at render time; a fixed name must be a template in the directory.
    private static func missing(
        _ reference: PartialReference, known templates: [String: Template]
    ) -> (name: String, location: SourceLocation)? {
        guard case .fixed(let name) = reference.name, templates[name] == nil else { return nil }
        return (name, reference.location)
    }
}
