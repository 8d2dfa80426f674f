import Mustache

/// `dinsos render`: one template, one JSON context, exactly the rendered bytes on stdout.
package enum RenderTemplateCommand {
    package static func run(templatePath: String, dataPath: String, partialsDirectory: String?) throws {
        let bytes: [UInt8]
        do {
            bytes = try RenderCommand.run(
                templatePath: templatePath, dataPath: dataPath, partialsDirectory: partialsDirectory)
        } catch {
            throw CommandFailure("\(error)")
        }
        writeToStandardOutput(bytes)
    }
}
