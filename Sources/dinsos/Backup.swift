import App
import ArgumentParser

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the live database with SQLite's online backup, then check the copy.",
        discussion: "Safe while the server is running. Exits 1 when the copy's integrity_check is not 'ok'.")

    @Argument(help: "Where to write the copy.") var path: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try runReportingFailure {
            try BackupCommand.run(databasePath: database.db, destination: path)
        }
    }
}
