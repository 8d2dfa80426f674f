package import Core
import Database
import Documents

/// `dinsos import KIND FILE`: loads a file with a per-row report. Only `wilayah` exists so far.
package enum ImportCommand {
    /// How many problems are printed before the rest are only counted.
    static let printedProblemLimit = 500

    /// `dinsos import wilayah FILE`: areas from CSV (`AreaImport`), audited with actor `cli`.
    /// Prints the report; throws `CommandFailure` (exit 1) when the file had problems, in which
    /// case nothing was saved.
    package static func wilayah(file: String, databasePath: String, root: String) throws {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try refusePendingMigrations(pool, root: root)
        let report: AreaImportReport
        do {
            report = try AreaImport.importFile(file, into: pool, by: .cli)
        } catch let error as CSVError {
            throw CommandFailure(error.message)
        }
        for line in lines(for: report) { printToStandardOutput(line) }
        guard report.succeeded else {
            throw CommandFailure("impor wilayah dibatalkan: \(report.errors.count) kesalahan; tidak ada data yang disimpan")
        }
    }

    /// The report as printed: every added or renamed area, or every problem, then a summary.
    package static func lines(for report: AreaImportReport) -> [String] {
        guard report.succeeded else {
            var lines = report.errors.prefix(printedProblemLimit).map { "baris \($0.line): \($0.message)" }
            if report.errors.count > printedProblemLimit {
                lines.append("… dan \(report.errors.count - printedProblemLimit) kesalahan lain")
            }
            return lines
        }
        var lines: [String] = []
        for row in report.rows {
            switch row.change {
            case .inserted:
                lines.append("baris \(row.line): \(row.code) \(row.name) (\(row.level.rawValue)) ditambahkan")
            case .renamed(let previous):
                lines.append("baris \(row.line): \(row.code) \(row.name) (\(row.level.rawValue)) diganti namanya dari ‘\(previous)’")
            case .unchanged:
                break
            }
        }
        lines.append(
            "Impor wilayah selesai: \(report.inserted) ditambahkan, \(report.updated) diganti namanya, \(report.unchanged) tidak berubah.")
        return lines
    }

    private static func refusePendingMigrations(_ pool: DatabasePool, root: String) throws {
        let pending: [Migration]
        do {
            pending = try DatabaseOpening.migrator(root: root).pending(in: pool)
        } catch let error as MigrationError {
            throw CommandFailure("migrations: \(error) (is --root the project folder?)")
        }
        guard pending.isEmpty else {
            let names = pending.map(\.fileName).joined(separator: ", ")
            throw CommandFailure("\(pending.count) migration(s) pending (\(names)): run 'dinsos migrate' first")
        }
    }
}
