import App
import ArgumentParser

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one Mustache template with a JSON context to standard output.",
        discussion: "Writes exactly the rendered bytes. Needs no database. Partials resolve to DIR/name.mustache, or to the template's own folder without --partials; a missing partial renders empty.")

    @Option(help: "The template file.") var template: String
    @Option(help: "A JSON file with the context (any JSON value).") var data: String
    @Option(help: "Folder where {{> name}} and {{< name}} are looked up.") var partials: String?

    func run() throws {
        try runReportingFailure {
            try RenderTemplateCommand.run(templatePath: template, dataPath: data, partialsDirectory: partials)
        }
    }
}
