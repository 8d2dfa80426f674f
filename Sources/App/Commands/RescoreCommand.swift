package import Core
import Database
import Foundation
package import Sidamesra

/// `dinsos rescore`: re-scores every household whose current score is under an older indicator
/// set with the active set (what the "Hitung ulang skor" job does), printing progress to stderr
/// and a summary to stdout.
package enum RescoreCommand {
    /// Households per write transaction unless `--batch-size` says otherwise.
    package static let defaultBatchSize = Rescoring.defaultBatchSize

    /// Runs the re-score; refuses a database with pending migrations or without an active set.
    @discardableResult
    package static func run(databasePath: String, root: String, batchSize: Int = Rescoring.defaultBatchSize, clock: Clock = .system) throws
        -> RescoreOutcome
    {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        guard let activeID = try pool.read({ try IndicatorSetStore.activeID(in: $0) }) else {
            throw CommandFailure("rescore: there is no active indicator set")
        }
        let started = Date()
        let outcome: RescoreOutcome
        do {
            outcome = try Rescoring(pool: pool, clock: clock, batchSize: batchSize).run(activeSetID: activeID, by: .cli) {
                done, total, _, _ in
                let elapsed = String(format: "%.1f s", Date().timeIntervalSince(started))
                printToStandardError("rescore: \(done) / \(total) keluarga, \(elapsed)")
            }
        } catch let error as RescoreError {
            throw CommandFailure("rescore refused: \(error.message)")
        }
        let seconds = Date().timeIntervalSince(started)
        printToStandardOutput(
            "\(outcome.rescored) keluarga dihitung ulang, \(outcome.needsReassessment) perlu penilaian ulang, "
                + "\(outcome.batches) batch, \(String(format: "%.2f", seconds)) detik.")
        return outcome
    }
}
