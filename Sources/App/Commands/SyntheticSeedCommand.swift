package import Core
import Database
import Foundation

/// `dinsos seed --synthetic --households N [--random-seed S]`: applies pending migrations, then
/// fills an empty registry with synthetic households (see `SyntheticSeed`), printing progress
/// to stderr and a summary to stdout.
package enum SyntheticSeedCommand {
    /// The seed used when `--random-seed` is not given.
    package static let defaultRandomSeed: UInt64 = 20_261_124

    /// Runs the seed; `households` nil or below 1 is wrong usage (exit 2).
    @discardableResult
    package static func run(
        databasePath: String, root: String, households: Int?, randomSeed: UInt64 = defaultRandomSeed,
        clock: Clock = .system
    ) throws -> SyntheticSeed.Summary {
        guard let households else { throw CommandUsageError("seed --synthetic needs --households N") }
        guard households >= 1 else { throw CommandUsageError("--households must be at least 1, not \(households)") }
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.applyPendingMigrations(pool, root: root)
        let started = Date()
        let now = clock.now
        let summary: SyntheticSeed.Summary
        do {
            summary = try SyntheticSeed.run(
                households: households, randomSeed: randomSeed, in: pool,
                today: CalendarDate(now, timeZone: "Asia/Jakarta"), now: now
            ) { progress in
                let elapsed = String(format: "%.1f s", Date().timeIntervalSince(started))
                switch progress {
                case .households(let written):
                    printToStandardError("seed --synthetic: \(written) / \(households) keluarga (\(written * 100 / households)%), \(elapsed)")
                case .step(let name):
                    printToStandardError("seed --synthetic: \(name), \(elapsed)")
                }
            }
        } catch let error as SyntheticSeedError {
            throw CommandFailure("seed --synthetic refused: \(error)")
        }
        let seconds = Date().timeIntervalSince(started)
        printToStandardOutput(
            "\(summary.households) keluarga, \(summary.persons) penduduk dan \(summary.assessments) pendataan sintetis "
                + "dicatat dalam \(String(format: "%.1f", seconds)) detik (random seed \(randomSeed)).")
        return summary
    }
}
