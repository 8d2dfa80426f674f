import Core
import DTKS
import Foundation

extension ImportCommand {
    /// `dinsos import dukcapil FILE`: the civil-registry extract (CSV or XLSX, columns in
    /// `DukcapilImportColumn`) in place of the previous one, in one transaction, actor `cli`.
    /// Prints the first problems by row and column, then the counts. With problems and without
    /// `validOnly` nothing changes and it throws `CommandFailure` (exit 1).
    package static func dukcapil(file: String, databasePath: String, root: String, validOnly: Bool = false) throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw CommandFailure("berkas \(file) tidak dapat dibaca")
        }
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        let started = Date()
        do {
            let report = try DukcapilImport(pool: pool).load(
                path: file, fileName: URL(fileURLWithPath: file).lastPathComponent, validOnly: validOnly, by: .cli)
            for line in problemLines(report) { printToStandardOutput(line) }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            printToStandardOutput("Impor Dukcapil selesai dalam \(seconds) detik: \(report.countsText); data sebelumnya diganti.")
        } catch let error as DukcapilImportError {
            if let report = error.report {
                for line in problemLines(report) { printToStandardOutput(line) }
                printToStandardOutput("Pratinjau: \(report.countsText).")
            }
            throw CommandFailure(
                "impor dukcapil dibatalkan: \(error.message)" + (error.report == nil ? "" : " (--valid-only memuat baris yang valid saja)"))
        }
    }

    /// The problems as printed: `baris N, kolom X: pesan`, at most `printedProblemLimit`.
    static func problemLines(_ report: DukcapilImportReport) -> [String] {
        var lines = report.problems.prefix(printedProblemLimit).map { "baris \($0.row), kolom \($0.column): \($0.message)" }
        if report.problems.count > printedProblemLimit {
            lines.append("… dan \(report.problems.count - printedProblemLimit) masalah lain")
        }
        return lines
    }
}
