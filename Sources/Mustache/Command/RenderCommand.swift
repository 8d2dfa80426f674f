import Foundation

/// `dinsos render --template FILE --data FILE.json [--partials DIR]`: one template, one JSON document, the
/// rendered bytes. Needs nothing but the files.
package enum RenderCommand {
    /// Renders `templatePath` with the JSON document at `dataPath` (any JSON value). `{{> name}}` and
    /// `{{< name}}` read `DIR/name.mustache`, where DIR is `partialsDirectory` or the template's own folder;
    /// a partial that does not exist renders as nothing.
    package static func run(
        templatePath: String, dataPath: String, partialsDirectory: String?
    ) throws(RenderCommandError) -> [UInt8] {
        let source = try readFile(templatePath)
        let template: Template
        do {
            template = try Template(bytes: source, name: templatePath)
        } catch {
            throw .template(error)
        }
        let json = try readFile(dataPath)
        let data: MustacheValue
        do {
            data = try MustacheValue(json: json)
        } catch {
            throw .data(path: dataPath, error)
        }
        let folder = partialsDirectory ?? URL(fileURLWithPath: templatePath).deletingLastPathComponent().path
        let partials = PartialFiles(directory: folder)
        let output = template.render(data, partials: partials)
        if let error = partials.firstError { throw .template(error) }
        return output
    }

    static func readFile(_ path: String) throws(RenderCommandError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .fileNotFound(path: path)
        }
        guard !isFolder.boolValue, let contents = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path)
        }
        return Array(contents)
    }
}
