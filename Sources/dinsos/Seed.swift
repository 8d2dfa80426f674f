import App
import ArgumentParser

struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill the database with demo accounts.",
        discussion: """
            --demo applies pending migrations, then creates one account per role with the password \
            listed in README.md, but only while the database has no account at all; otherwise it \
            changes nothing and exits 0.
            """)

    @Flag(help: "Demo accounts (one per role) for trying the application.") var demo = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions

    func validate() throws {
        guard demo else { throw ValidationError("say what to seed: --demo.") }
    }

    func run() throws {
        try runReportingFailure {
            try SeedCommand.runDemo(databasePath: database.db, root: rootOptions.root)
        }
    }
}
