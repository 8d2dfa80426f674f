package import Core
package import Database
package import Documents
import Foundation
import Registry
import Sidamesra

/// Imports DTSEN desil files (CSV or XLSX) into the DTKS/DTSEN register: `plan` checks every row
/// against the register and writes nothing; `write` registers the valid rows in batches of
/// `batchSize` rows, each batch one transaction with one audit row for the batch (each changed
/// registration also has its own, from `DTKSMembers.register`).
package struct DtsenImport: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache
    /// Rows per transaction.
    package var batchSize = 500

    /// The audit action of one written batch.
    package static let auditAction = "dtks.dtsen.impor"

    package init(pool: DatabasePool, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Why a whole file could not be read.
    package struct FileError: Error, Sendable, Equatable {
        package let message: String
    }

    /// The records of a CSV or XLSX file, the header first.
    package static func records(_ bytes: [UInt8]) throws(FileError) -> [CSVRecord] {
        do {
            return try HouseholdImportFile.records(bytes)
        } catch {
            throw FileError(message: error.message)
        }
    }

    /// Checks `bytes` for a user working in `scope`; `batchID` is stored as the rows' source.
    package func plan(_ bytes: [UInt8], scope: AreaScope, batchID: Int64? = nil) throws -> DtsenImportPlan {
        let records = try Self.records(bytes)
        let today = CalendarDate(clock.now, timeZone: settings.current.timeZone)
        return try pool.read { db in try Self.plan(records, scope: scope, since: today, batchID: batchID, in: db) }
    }

    /// Checks `records` (the header first) inside a read.
    package static func plan(
        _ records: [CSVRecord], scope: AreaScope, since: CalendarDate, batchID: Int64?, in db: Connection
    ) throws -> DtsenImportPlan {
        var report = DtsenImportReport()
        guard let header = records.first else {
            throw FileError(message: "Berkas kosong.")
        }
        let positions = DtsenColumn.positions(in: header)
        var missing: [String] = []
        if positions[.nik] == nil && positions[.noKK] == nil { missing.append("nik atau no_kk") }
        if positions[.name] == nil { missing.append("nama") }
        if positions[.desil] == nil { missing.append("desil") }
        guard missing.isEmpty else {
            throw FileError(message: "Kolom wajib tidak ada di baris judul: \(missing.joined(separator: ", ")).")
        }
        var checker = RowChecker(scope: scope, since: since, batchID: batchID, positions: positions)
        var entries: [DtsenImportPlan.Entry] = []
        for record in records.dropFirst() where !record.isBlank {
            report.rows += 1
            switch try checker.check(record, in: db) {
            case .valid(let memberships):
                report.validRows += 1
                report.persons += memberships.count
                entries.append(.init(line: record.line, memberships: memberships))
            case .refused(let problem):
                report.problems.append(problem)
            }
        }
        return DtsenImportPlan(report: report, entries: entries)
    }

    /// Writes the plan's registrations in batches; `progress(done, total, db)` runs inside each
    /// batch's transaction. Returns the report with the written count.
    package func write(
        _ plan: DtsenImportPlan, source: String, by actor: Actor,
        progress: (Int, Int, Connection) throws -> Void = { _, _, _ in }
    ) throws -> DtsenImportReport {
        var report = plan.report
        let total = plan.entries.count
        let size = max(1, batchSize)
        for (index, start) in stride(from: 0, to: total, by: size).enumerated() {
            let batch = plan.entries[start..<min(total, start + size)]
            report.written += try pool.write { db in
                let now = clock.now
                var written = 0
                for entry in batch {
                    for membership in entry.memberships where try DTKSMembers.apply(membership, by: actor, in: db, at: now).changed {
                        written += 1
                    }
                }
                var changes = AuditChanges()
                changes.set("source", to: source)
                changes.set("batch", to: String(index + 1))
                changes.set("rows", to: "\(batch.first?.line ?? 0)–\(batch.last?.line ?? 0)")
                changes.set("registrations", to: String(written))
                try AuditLog.record(
                    AuditEntry(action: Self.auditAction, entity: DTKSMembers.auditEntity, changes: changes),
                    by: actor, in: db, at: now)
                try progress(start + batch.count, total, db)
                return written
            }
        }
        return report
    }
}
