import App
import ArgumentParser

@main
struct Dinsos: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dinsos",
        abstract: "Dinsos: data kesejahteraan sosial (SIDAMESRA, SIDAKIS, DTKS, SLRT) in one web application.",
        subcommands: [Serve.self, Migrate.self, Render.self, Backup.self, Check.self, Import.self])
}

/// Options shared by every subcommand that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "Path of the SQLite database file.")
    var db: String = "./data/dinsos.sqlite"
}

/// Options shared by subcommands that read Migrations/, Templates/ or Public/.
struct RootOptions: ParsableArguments {
    @Option(help: "Project folder holding Migrations/, Templates/ and Public/.")
    var root: String = "."
}

/// Runs an App command, turning its error into a message on stderr and exit status 1.
func runReportingFailure(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CommandFailure {
        printToStandardError("dinsos: \(error.message)")
        throw ExitCode.failure
    } catch {
        printToStandardError("dinsos: \(error)")
        throw ExitCode.failure
    }
}
