import App
import ArgumentParser

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web application.",
        discussion: "Refuses to start while migrations are pending, unless --migrate is given.")

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port: Int = 8080
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions
    @Option(help: "Folder for uploaded files (default: uploads/ beside the database).") var uploads: String?
    @Flag(help: "Apply pending migrations before serving.") var migrate = false
    @Option(help: "Largest request body in bytes for routes without their own limit.") var maxBody: Int = 10_485_760
    @Option(help: "Most connections open at once; more are answered 503.") var maxConnections: Int = 10_000
    @Option(help: "Handler threads (0 runs handlers on the I/O loops; default: one per core).") var workers: Int?
    @Flag(help: "Development mode: reload changed templates and static files.") var dev = false
    @Flag(help: "Mark the session cookie Secure (behind HTTPS).") var secureCookies = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard maxBody > 0 else { throw ValidationError("--max-body must be positive.") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive.") }
        if let workers, workers < 0 { throw ValidationError("--workers must be 0 or more.") }
    }

    func run() throws {
        try runReportingFailure {
            try ServeCommand.run(ServeOptions(
                host: host, port: port, databasePath: database.db, root: rootOptions.root,
                uploadsDirectory: uploads, migrate: migrate, maxBody: maxBody,
                maxConnections: maxConnections, workers: workers, dev: dev, secureCookies: secureCookies))
        }
    }
}
