package import Core
package import Database
import Documents
import Foundation

/// Loads a civil-registry extract (NIK, No KK, name, birth place and date, sex, address, area
/// code: `DukcapilImportColumn`) in place of the previous one, in one write transaction: the old
/// rows are deleted, every valid row inserted, the load and its audit row recorded. When any row
/// has a problem the transaction is rolled back (the previous extract stays) unless `validOnly`
/// asks to load the valid rows anyway; a file without any valid row is always refused.
package struct DukcapilImport: Sendable {
    package let pool: DatabasePool
    package let clock: Clock

    /// The audit action of a load.
    package static let auditAction = "dtks.dukcapil.impor"

    package init(pool: DatabasePool, clock: Clock = .system) {
        self.pool = pool
        self.clock = clock
    }

    /// Loads the file at `path`. `fileName` is the name recorded (the uploader's). `progress(rows,
    /// db)` runs inside the transaction every few thousand rows (a job reports and checks
    /// cancellation there; throwing rolls the load back). Returns the report of a committed
    /// load; throws `DukcapilImportError` when nothing was loaded.
    @discardableResult
    package func load(
        path: String, fileName: String, validOnly: Bool = false, by actor: Actor,
        progress: (Int, Connection) throws -> Void = { _, _ in }
    ) throws -> DukcapilImportReport {
        let source = try DukcapilImportSource(path: path)
        guard let header = try source.next() else { throw DukcapilImportError.unreadable("berkas kosong") }
        let positions = DukcapilImportColumn.positions(in: header)
        let missing = DukcapilImportColumn.allCases.filter { $0.isRequired && positions[$0] == nil }
        guard missing.isEmpty else { throw DukcapilImportError.missingColumns(missing.map(\.rawValue)) }
        let reader = DukcapilImportRow(positions: positions)
        return try pool.write { db in
            let now = clock.now
            var report = DukcapilImportReport()
            try DukcapilStore.removeAll(in: db)
            let insert = try db.prepare(DukcapilStore.insertSQL)
            while let record = try source.next() {
                if record.isBlank { continue }
                report.rowsRead += 1
                switch reader.read(record) {
                case .success(let person):
                    if try DukcapilStore.insert(person, with: insert, in: db) {
                        report.validRows += 1
                    } else {
                        report.problems.append(
                            .init(row: record.line, column: DukcapilImportColumn.nik.rawValue,
                                  message: "NIK \(IdentityNumberText.masked(person.nik)) muncul lebih dari sekali; baris ini dilewati."))
                    }
                case .failure(let list):
                    report.problems += list.problems
                }
                if report.rowsRead % 5_000 == 0 { try progress(report.rowsRead, db) }
            }
            guard report.validRows > 0 else { throw DukcapilImportError.noValidRows(report) }
            if !report.problems.isEmpty, !validOnly { throw DukcapilImportError.rowsHaveProblems(report) }
            let skipped = report.rowsRead - report.validRows
            report.loadID = try DukcapilStore.recordLoad(
                fileName: fileName, rowCount: report.validRows, skippedRows: skipped, by: actor, at: now, in: db)
            var changes = AuditChanges()
            changes.set("berkas", to: fileName)
            changes.set("baris_dimuat", to: String(report.validRows))
            changes.set("baris_dilewati", to: String(skipped))
            try AuditLog.record(
                AuditEntry(action: Self.auditAction, entity: "dukcapil", entityID: String(report.loadID ?? 0), changes: changes),
                by: actor, in: db, at: now)
            try progress(report.rowsRead, db)
            report.loaded = true
            return report
        }
    }
}
