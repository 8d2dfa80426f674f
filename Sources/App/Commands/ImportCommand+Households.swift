import Core
import Database
import Foundation
package import Sidamesra

extension ImportCommand {
    /// `dinsos import households FILE`: households, members and answers from CSV or XLSX
    /// (`HouseholdImport`), actor `cli`, scope everywhere. Prints the first problems by row and
    /// column, then the counts. With problems and without `validOnly` nothing is written and it
    /// throws `CommandFailure` (exit 1); `validOnly` writes the valid households anyway.
    /// `dryRun` only checks (exit 1 when any row has a problem).
    package static func households(
        file: String, databasePath: String, root: String, dryRun: Bool = false, validOnly: Bool = false
    ) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("berkas \(file) tidak dapat dibaca")
        }
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        let importer = HouseholdImport(pool: pool, settings: SettingsCache(try SettingsStore.load(pool)))
        let plan: HouseholdImportPlan
        do {
            plan = try importer.plan([UInt8](data), scope: .everywhere)
        } catch let error as HouseholdImportError {
            throw CommandFailure(error.message)
        }
        for line in problemLines(plan.report) { printToStandardOutput(line) }
        let hasProblems = !plan.report.problems.isEmpty
        if dryRun {
            printToStandardOutput("Pratinjau impor keluarga (tidak ada yang disimpan): \(plan.report.countsText).")
            if hasProblems { throw CommandFailure("\(plan.report.problems.count) masalah ditemukan") }
            return
        }
        if hasProblems, !validOnly || plan.households.isEmpty && plan.report.skippedHouseholds == 0 {
            printToStandardOutput("Pratinjau: \(plan.report.countsText).")
            throw CommandFailure(
                "impor keluarga dibatalkan: \(plan.report.problems.count) masalah; tidak ada yang disimpan (--valid-only mengimpor keluarga yang valid saja)")
        }
        let source = URL(fileURLWithPath: file).lastPathComponent
        let report: HouseholdImportReport
        do {
            report = try importer.write(plan, source: source, by: .cli, scope: .everywhere)
        } catch let failure as HouseholdImportFailure {
            throw CommandFailure(failure.message)
        }
        printToStandardOutput(
            "Impor keluarga selesai: \(report.importedHouseholds) keluarga disimpan dalam \(report.batchesWritten) kelompok; \(report.countsText).")
    }

    /// The report's problems as printed: `baris N, kolom X: pesan`, at most `printedProblemLimit`.
    package static func problemLines(_ report: HouseholdImportReport) -> [String] {
        var lines = report.problems.prefix(printedProblemLimit).map { problem in
            problem.column.isEmpty ? "baris \(problem.row): \(problem.message)" : "baris \(problem.row), kolom \(problem.column): \(problem.message)"
        }
        if report.problems.count > printedProblemLimit {
            lines.append("… dan \(report.problems.count - printedProblemLimit) masalah lain")
        }
        return lines
    }
}
