import App
import ArgumentParser

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the audit trail.",
        subcommands: [Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the audit log's hash chain from the first row.",
            discussion: """
                Exits 0 with a summary (row count, last row and its hash) when every row fits the \
                chain; exits 1 naming the first row that does not (edited, inserted or missing \
                before it). Refuses while migrations are pending. Keep the printed last hash \
                somewhere else: only it shows later that no rows were cut off the end.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var rootOptions: RootOptions

        func run() throws {
            try runReportingFailure {
                try AuditVerifyCommand.run(databasePath: database.db, root: rootOptions.root)
            }
        }
    }
}
