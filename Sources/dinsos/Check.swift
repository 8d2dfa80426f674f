import App
import ArgumentParser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run integrity_check and foreign_key_check on the live database.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try runReportingFailure {
            try CheckCommand.run(databasePath: database.db)
        }
    }
}
