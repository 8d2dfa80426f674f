import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// `dinsos audit verify` on temporary databases, with rows edited or removed behind the app's back.
@Suite struct AuditVerifyCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-audit-\(UUID().uuidString)").path
    var database: String { folder + "/data/dinsos.sqlite" }

    /// A migrated database with the demo data's audit rows (accounts and households, created by the command line).
    func seeded() throws {
        _ = try SeedCommand.runDemo(databasePath: database, root: TestApp.root, hasher: .testing)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Edits the file directly, the way someone with the file but not the app would: the
    /// append-only triggers dropped first.
    func tamper(_ statements: String...) throws {
        let pool = try DatabasePool(path: database)
        defer { pool.close() }
        try pool.write { db in
            try db.execute("DROP TRIGGER IF EXISTS audit_log_refuses_update")
            try db.execute("DROP TRIGGER IF EXISTS audit_log_refuses_delete")
            for statement in statements { try db.execute(statement) }
        }
    }

    func storedRowCount() throws -> Int {
        let pool = try DatabasePool(path: database)
        defer { pool.close() }
        return try pool.read { Int(try $0.scalar(Int64.self, "SELECT count(*) FROM audit_log")) }
    }

    func stored(_ id: Int64) throws -> AuditRecord? {
        let pool = try DatabasePool(path: database)
        defer { pool.close() }
        return try pool.read { try AuditStore.find(id, in: $0) }
    }

    /// The exit status and the message the executable would print on stderr.
    func verify() -> (status: Int32, message: String) {
        do {
            try AuditVerifyCommand.run(databasePath: database, root: TestApp.root)
            return (0, "")
        } catch {
            return (exitStatus(for: error), "\(error)")
        }
    }

    @Test func anIntactChainExitsZeroWithTheLastHash() throws {
        defer { remove() }
        try seeded()
        let stored = try storedRowCount()
        #expect(stored > SeedCommand.demoAccounts.count)
        let summary = try AuditVerifyCommand.run(databasePath: database, root: TestApp.root)
        #expect(summary.rows == stored)
        #expect(summary.lastID == Int64(stored))
        #expect(summary.lastHash?.count == 64)
    }

    @Test func anEmptyLogIsIntact() throws {
        defer { remove() }
        try MigrateCommand.apply(databasePath: database, root: TestApp.root)
        let summary = try AuditVerifyCommand.run(databasePath: database, root: TestApp.root)
        #expect(summary == AuditVerifyCommand.Summary(rows: 0, lastID: nil, lastHash: nil))
    }

    @Test(arguments: [
        "UPDATE audit_log SET action = 'user.ubah' WHERE id = 3",
        "UPDATE audit_log SET changes = replace(changes, '\"after\":\"', '\"after\":\"x') WHERE id = 3",
        "UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id = 3",
        "UPDATE audit_log SET address = '10.9.9.9' WHERE id = 3",
    ])
    func anEditedRowExitsOneNamingIt(edit: String) throws {
        defer { remove() }
        try seeded()
        #expect(verify().status == 0)
        try tamper(edit)
        let (status, message) = verify()
        #expect(status == 1)
        #expect(message == "audit chain broken at row 3: row_hash does not match the row's columns (the row was changed)")
    }

    @Test func anEditedRowWithItsHashRecomputedBreaksAtTheNextRow() throws {
        defer { remove() }
        try seeded()
        let row = try #require(try stored(3))
        let forgedHash = AuditChain.hash(
            id: row.id, at: row.at, actor: row.actor, userID: row.userID, username: row.username, role: row.role,
            action: "user.ubah", entity: row.entity, entityID: row.entityID, areaCode: row.areaCode, changes: row.changes,
            address: row.address, requestID: row.requestID, prevHash: row.prevHash)
        try tamper("UPDATE audit_log SET action = 'user.ubah', row_hash = '\(forgedHash)' WHERE id = 3")
        let (status, message) = verify()
        #expect(status == 1)
        #expect(message == "audit chain broken at row 4: prev_hash does not match the row before it")
    }

    @Test func aDeletedRowInTheMiddleIsCaught() throws {
        defer { remove() }
        try seeded()
        try tamper("DELETE FROM audit_log WHERE id = 4")
        let (status, message) = verify()
        #expect(status == 1)
        #expect(message == "audit chain broken at row 5: id follows 3: a row is missing before it")
    }

    @Test func aDeletedFirstRowIsCaught() throws {
        defer { remove() }
        try seeded()
        try tamper("DELETE FROM audit_log WHERE id = 1")
        #expect(verify().message == "audit chain broken at row 2: id follows 0: a row is missing before it")
    }

    @Test func pendingMigrationsAreRefused() throws {
        defer { remove() }
        let (status, message) = verify()
        #expect(status == 1)
        #expect(message.contains("pending"))
        #expect(message.contains("dinsos migrate"))
    }
}
