import App
import ArgumentParser

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage API tokens from the command line.",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token for an account and print it once on standard output.",
            discussion: """
                The token acts as the account (its role and areas) on /api/v1; revoke it on the \
                account's page under /admin/pengguna. Audited with actor 'cli'.
                Example: TOKEN=$(dinsos token create --username op.poncosari --name "Aplikasi desa")
                """)

        @Option(help: "The account the token acts as.") var username: String
        @Option(help: "What the token is for (1–80 characters).") var name: String
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var rootOptions: RootOptions

        func run() throws {
            try runReportingFailure {
                try TokenCreateCommand.run(
                    username: username, name: name, databasePath: database.db, root: rootOptions.root)
            }
        }
    }
}
