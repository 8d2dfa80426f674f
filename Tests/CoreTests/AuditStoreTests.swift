import Core
import Database
import Foundation
import Testing
import TestSupport

/// The audit browser's reads: filters, order, paging, distinct names, changes read back; the verifier.
@Suite struct AuditStoreTests {
    let database: TemporaryDatabase
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T07:46:40Z

    init() throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        try database.pool.write { db in
            try db.execute(
                """
                INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                VALUES (7, 'budi', 'Budi', 'admin', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """)
        }
    }

    static let budi = Actor(kind: .user, userID: 7, username: "budi", role: .admin, address: "10.0.0.1", requestID: "r")

    /// Writes `count` rows an hour apart, alternating actions and actors.
    func write(_ count: Int) throws {
        try database.pool.write { db in
            for index in 0..<count {
                var changes = AuditChanges()
                changes.set("nomor", from: String(index), to: String(index + 1))
                try AuditLog.record(
                    AuditEntry(action: index % 2 == 0 ? "user.ubah" : "login.berhasil", entity: index % 3 == 0 ? "area" : "user",
                               entityID: String(index), changes: changes),
                    by: index % 2 == 0 ? Self.budi : .cli, in: db, at: Self.start.addingTimeInterval(Double(index) * 3600))
            }
        }
    }

    func list(_ filter: AuditFilter, sort: String? = nil, dir: String? = nil, page: Int = 1) throws -> ([Int64], Int) {
        let columns = [TableColumn("Waktu", sort: AuditStore.Sort.time), TableColumn("Aksi", sort: AuditStore.Sort.action)]
        let order = TableSort(columns: columns, default: AuditStore.Sort.time, sort: sort, direction: dir)
        let (records, total) = try database.pool.read {
            try AuditStore.list(filter, sort: order, paging: Paging(page: page, pageSize: 10), in: $0)
        }
        return (records.map(\.id), total)
    }

    @Test func newestFirstByDefaultAndPaged() throws {
        try write(25)
        let (first, total) = try list(AuditFilter())
        #expect(total == 25)
        #expect(first == Array((16...25).reversed()))
        let (third, _) = try list(AuditFilter(), page: 3)
        #expect(third == Array((1...5).reversed()))
        let (oldest, _) = try list(AuditFilter(), sort: "waktu", dir: "asc")
        #expect(oldest == Array(1...10))
    }

    @Test func filtersCombine() throws {
        try write(12)
        #expect(try list(AuditFilter(userID: 7)).1 == 6)
        #expect(try list(AuditFilter(action: "login.berhasil")).1 == 6)
        #expect(try list(AuditFilter(entity: "area")).1 == 4)
        #expect(try list(AuditFilter(entity: "area", entityID: "3")).0 == [4])
        #expect(try list(AuditFilter(userID: 7, entity: "area")).0 == [7, 1])
        // Rows 3, 4 and 5 (written at start + 2 h … start + 4 h).
        let window = AuditFilter(from: Self.start.addingTimeInterval(2 * 3600), before: Self.start.addingTimeInterval(5 * 3600))
        #expect(try list(window).0 == [5, 4, 3])
        #expect(try list(AuditFilter(action: "' OR 1=1 --")).1 == 0, "values are bound, never spliced")
    }

    @Test func actionsAndEntitiesAreListedOnceEachSorted() throws {
        #expect(try database.pool.read(AuditStore.actions).isEmpty)
        try write(7)
        #expect(try database.pool.read(AuditStore.actions) == ["login.berhasil", "user.ubah"])
        #expect(try database.pool.read(AuditStore.entities) == ["area", "user"])
    }

    @Test func findReturnsOneRowOrNil() throws {
        try write(3)
        #expect(try database.pool.read { try AuditStore.find(2, in: $0) }?.action == "login.berhasil")
        #expect(try database.pool.read { try AuditStore.find(99, in: $0) } == nil)
    }

    @Test func storedChangesReadBackAsFields() {
        var changes = AuditChanges()
        changes.set("role", from: "staf", to: "kasi")
        changes.set("areas", to: "34.02.01")
        #expect(AuditChanges.storedFields(changes.json) == [
            .init(name: "areas", before: nil, after: "34.02.01"), .init(name: "role", before: "staf", after: "kasi"),
        ])
        #expect(AuditChanges.storedFields("{}") == [])
        #expect(AuditChanges.storedFields(#"{"baris":{"after":12,"before":null}}"#) == [.init(name: "baris", before: nil, after: "12")])
        #expect(AuditChanges.storedFields("[1,2]") == nil)
        #expect(AuditChanges.storedFields("not json") == nil)
    }

    @Test func theVerifierWalksALongLogAndStopsAtTheFirstBrokenRow() throws {
        try write(3000)
        #expect(try database.pool.read(AuditVerifier.verify) == .intact(rows: 3000))
        try database.pool.write { db in
            try db.execute("DROP TRIGGER audit_log_refuses_update")
            try db.execute("UPDATE audit_log SET action = 'diam-diam' WHERE id IN (1500, 2500)")
        }
        #expect(try database.pool.read(AuditVerifier.verify)
            == .broken(id: 1500, reason: "row_hash does not match the row's columns (the row was changed)"))
    }
}
