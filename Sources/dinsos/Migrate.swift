import App
import ArgumentParser

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations, or list them.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions
    @Flag(help: "List every migration with the time it was applied, or 'pending'.") var status = false

    func run() throws {
        try runReportingFailure {
            if status {
                try MigrateCommand.status(databasePath: database.db, root: rootOptions.root)
            } else {
                try MigrateCommand.apply(databasePath: database.db, root: rootOptions.root)
            }
        }
    }
}
