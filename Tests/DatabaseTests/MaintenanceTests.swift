import Foundation
import Testing
import TestSupport
@testable import Database

struct MaintenanceTests {
    @Test func backupUnderConcurrentWritesPassesIntegrityCheck() throws {
        let database = try TemporaryDatabase()
        let pool = database.pool
        try pool.write { db in
            try db.execute("CREATE TABLE blob_row (id INTEGER PRIMARY KEY, body BLOB NOT NULL) STRICT")
            let insert = try db.prepare("INSERT INTO blob_row (body) VALUES (?)")
            for index in 0..<1_500 {
                try insert.execute([[UInt8](repeating: UInt8(truncatingIfNeeded: index), count: 2_000)])
            }
        }
        let stop = AtomicFlag()
        let writes = ErrorBox()
        let writerDone = DispatchSemaphore(value: 0)
        Thread {
            do {
                while !stop.isSet {
                    try pool.write { try $0.execute("INSERT INTO blob_row (body) VALUES (?)", [[UInt8](repeating: 7, count: 2_000)]) }
                }
            } catch {
                writes.record(error)
            }
            writerDone.signal()
        }.start()

        let copyPath = database.file("backup.sqlite")
        let report: IntegrityReport
        do {
            report = try Backup.copy(from: pool, to: copyPath, pagesPerStep: 64)
        } catch {
            stop.set()
            writerDone.wait()
            throw error
        }
        stop.set()
        writerDone.wait()
        if let error = writes.first { throw error }

        #expect(report.isOK)
        #expect(report.messages == ["ok"])
        #expect(!FileManager.default.fileExists(atPath: copyPath + ".partial"))
        let copy = try DatabasePool(path: copyPath)
        defer { copy.close() }
        let copied = try copy.read { try $0.scalar(Int.self, "SELECT count(*) FROM blob_row") }
        let live = try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM blob_row") }
        #expect(copied >= 1_500)
        #expect(copied <= live)
    }

    @Test func backupToAnUnwritablePathFailsCleanly() throws {
        let database = try TemporaryDatabase()
        #expect(throws: DatabaseError.self) {
            try Backup.copy(from: database.pool, to: database.file("no/such/dir/backup.sqlite"))
        }
    }

    @Test func checksReportIntegrityAndForeignKeyViolations() throws {
        let database = try TemporaryDatabase.withPeople()
        try database.pool.write { db in
            try db.execute("INSERT INTO household (id, kk) VALUES (1, '3402010101000001')")
            try db.execute("INSERT INTO person (id, nik, name, household_id) VALUES (5, '1', 'A', 1)")
        }
        #expect(try Checks.run(database.pool).isOK)

        try database.pool.writeWithoutTransaction { db in
            try db.execute("PRAGMA foreign_keys = OFF")
            try db.execute("DELETE FROM household")
            try db.execute("PRAGMA foreign_keys = ON")
        }
        let report = try Checks.run(database.pool)
        #expect(report.integrity.isOK)
        #expect(!report.isOK)
        #expect(report.foreignKeyViolations == [
            Checks.ForeignKeyViolation(table: "person", rowID: 5, parent: "household", foreignKeyIndex: 0),
        ])
    }

    @Test func integrityReportIsOKOnlyForTheSingleOKRow() {
        #expect(IntegrityReport(messages: ["ok"]).isOK)
        #expect(!IntegrityReport(messages: []).isOK)
        #expect(!IntegrityReport(messages: ["*** in database main ***", "Page 3 is never used"]).isOK)
    }
}
