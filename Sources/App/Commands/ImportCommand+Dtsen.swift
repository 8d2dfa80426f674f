import Core
import Database
package import DTKS
import Foundation

extension ImportCommand {
    /// `dinsos import dtsen FILE`: DTSEN desil from CSV or XLSX (`DtsenImport`), actor `cli`,
    /// scope everywhere. Prints the first problems by row, column and kind, then the counts. The
    /// valid rows are written even when others have problems (a DTSEN list always names people
    /// the district has not registered); `dryRun` only checks and exits 1 when any row has one.
    package static func dtsen(file: String, databasePath: String, root: String, dryRun: Bool = false) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("berkas \(file) tidak dapat dibaca")
        }
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        let importer = DtsenImport(pool: pool, settings: SettingsCache(try SettingsStore.load(pool)))
        let plan: DtsenImportPlan
        do {
            plan = try importer.plan([UInt8](data), scope: .everywhere)
        } catch let error as DtsenImport.FileError {
            throw CommandFailure(error.message)
        }
        for line in dtsenProblemLines(plan.report) { printToStandardOutput(line) }
        if dryRun {
            printToStandardOutput("Pemeriksaan impor DTSEN (tidak ada yang disimpan): \(plan.report.countsText).")
            if !plan.report.problems.isEmpty { throw CommandFailure("\(plan.report.problems.count) baris bermasalah") }
            return
        }
        let report = try importer.write(plan, source: URL(fileURLWithPath: file).lastPathComponent, by: .cli)
        printToStandardOutput(
            "Impor DTSEN selesai: \(report.written) kepesertaan baru atau berubah; \(report.countsText).")
    }

    /// `baris N, kolom X (jenis): pesan`, at most `printedProblemLimit`.
    package static func dtsenProblemLines(_ report: DtsenImportReport) -> [String] {
        var lines = report.problems.prefix(printedProblemLimit).map { problem in
            let place = problem.column.isEmpty ? "baris \(problem.row)" : "baris \(problem.row), kolom \(problem.column)"
            return "\(place) (\(problem.kind.rawValue)): \(problem.message)"
        }
        if report.problems.count > printedProblemLimit {
            lines.append("… dan \(report.problems.count - printedProblemLimit) masalah lain")
        }
        return lines
    }
}
