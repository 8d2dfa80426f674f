package import Database
import Documents
package import Foundation

/// Loads areas from a CSV file with the columns `code,name,parent_code,level`
/// (shared/data/bantul-wilayah.csv is one), for a deployment outside Bantul or a renamed kalurahan.
///
/// Every row is checked (code shape, level, parent, name, duplicates; `AreaImportRules`)
/// and every problem is reported with its line. Only when there is none are the rows written, all
/// in one write transaction with one audit row: new codes are added, existing codes get their new
/// name; an existing code's level or parent never changes.
package enum AreaImport {
    /// The audit action of an import.
    package static let auditAction = "wilayah.impor"
    /// The audit entity of an import.
    package static let auditEntity = "area"

    /// Imports the CSV file at `path`, reading it in chunks. Throws `CSVError.unreadableFile` when
    /// the file cannot be read and database errors; problems in the contents are in the report.
    package static func importFile(
        _ path: String, into pool: DatabasePool, by actor: Actor, at date: Date = Date()
    ) throws -> AreaImportReport {
        let reader = try CSVFileReader(path: path)
        let source = URL(fileURLWithPath: path).lastPathComponent
        return try run(
            read: { () throws(CSVError) -> CSVRecord? in try reader.next() }, source: source, into: pool, by: actor, at: date)
    }

    /// Imports CSV held in memory (an upload); `source` names it in the audit row.
    package static func importCSV(
        _ bytes: [UInt8], source: String, into pool: DatabasePool, by actor: Actor, at date: Date = Date()
    ) throws -> AreaImportReport {
        var parser = CSVParser()
        var records: [CSVRecord] = []
        var failure: CSVError?
        do throws(CSVError) {
            try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in try parser.feed(buffer, into: &records) }
            records += try parser.finish()
        } catch {
            // The records before the error are still checked, so the report lists their problems too.
            failure = error
        }
        var iterator = records.makeIterator()
        return try run(
            read: { () throws(CSVError) -> CSVRecord? in
                if let next = iterator.next() { return next }
                if let pending = failure {
                    failure = nil
                    throw pending
                }
                return nil
            },
            source: source, into: pool, by: actor, at: date)
    }

    private static func run(
        read: () throws(CSVError) -> CSVRecord?, source: String, into pool: DatabasePool, by actor: Actor, at date: Date
    ) throws -> AreaImportReport {
        var report = AreaImportReport()
        let rows = try AreaImportRow.read(from: read, problems: &report.errors)
        return try pool.write { db in
            var rules = AreaImportRules(rows: rows)
            var planned: [AreaImportReport.Row] = []
            for row in rows {
                switch try rules.check(row, in: db) {
                case .accepted(let outcome): planned.append(outcome)
                case .refused(let problems): report.errors += problems
                }
            }
            // By line; problems of one line keep their order.
            report.errors = report.errors.enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                .map(\.element)
            guard report.errors.isEmpty else { return report }

            for row in planned {
                switch row.change {
                case .inserted:
                    try AreaStore.insert(
                        Area(code: row.code, name: row.name, level: row.level, parentCode: row.parentCode), in: db)
                case .renamed:
                    try AreaStore.rename(row.code, to: row.name, in: db)
                case .unchanged:
                    break
                }
            }
            report.rows = planned
            try AuditLog.record(auditEntry(report, source: source), by: actor, in: db, at: date)
            return report
        }
    }

    private static func auditEntry(_ report: AreaImportReport, source: String) -> AuditEntry {
        var changes = AuditChanges()
        changes.set("source", to: source)
        changes.set("inserted", to: String(report.inserted))
        changes.set("updated", to: String(report.updated))
        changes.set("unchanged", to: String(report.unchanged))
        return AuditEntry(action: auditAction, entity: auditEntity, changes: changes)
    }
}
