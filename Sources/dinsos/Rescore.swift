import App
import ArgumentParser

struct Rescore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-score every household under the active indicator set.",
        discussion: """
            Households whose current score is under an older set get a new assessment under the \
            active set with their answers carried over by indicator code (the "Hitung ulang skor" \
            job of the active set's page). Households whose answers do not cover every indicator of \
            the active set keep their score and are counted as needing a new assessment. Refuses a \
            database with pending migrations.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions
    @Option(help: "Households per write transaction.") var batchSize: Int = RescoreCommand.defaultBatchSize

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1.") }
    }

    func run() throws {
        try runReportingFailure {
            try RescoreCommand.run(databasePath: database.db, root: rootOptions.root, batchSize: batchSize)
        }
    }
}
