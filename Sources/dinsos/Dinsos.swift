import App
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct Dinsos: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dinsos",
        abstract: "Dinsos: data kesejahteraan sosial (SIDAMESRA, SIDAKIS, DTKS, SLRT) in one web application.",
        subcommands: [
            Serve.self, Migrate.self, Render.self, Backup.self, Check.self, User.self, Seed.self, Import.self, Audit.self,
            Token.self, Rescore.self,
        ])

    /// ArgumentParser's own `main`, except that wrong usage exits 2 (DESIGN.md §7) rather than
    /// its EX_USAGE (64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            printToStandardError(fullMessage(for: error))
            Glibc.exit(2)
        }
    }
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

/// Runs an App command, turning its error into a message on stderr and exit status 1 (2 for
/// wrong usage found by the command itself).
func runReportingFailure(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CommandFailure {
        printToStandardError("dinsos: \(error.message)")
        throw ExitCode.failure
    } catch let error as CommandUsageError {
        printToStandardError("dinsos: \(error.message)")
        throw ExitCode(exitStatus(for: error))
    } catch {
        printToStandardError("dinsos: \(error)")
        throw ExitCode.failure
    }
}
