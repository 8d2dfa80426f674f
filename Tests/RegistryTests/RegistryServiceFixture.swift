import Core
import Database
import Foundation
import Registry
import TestSupport

/// A migrated temporary database, the service on a manual clock, and actors for the tests.
final class RegistryFixture {
    let database: TemporaryDatabase
    let service: RegistryService
    let time: ManualTime
    var pool: DatabasePool { database.pool }

    /// Wednesday 18 November 2026.
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let staf = Actor(kind: .user, userID: 2, username: "staf", role: .staf, address: "127.0.0.1", requestID: "t")
    static let operatorA = Actor(kind: .user, userID: 3, username: "op.a", role: .operator, address: "127.0.0.1", requestID: "t")

    static let poncosari = AreaScope.areas([RegistryFixtures.poncosari])
    static let trimurti = AreaScope.areas([RegistryFixtures.trimurti])
    static let srandakan = AreaScope.areas(["34.02.01"])

    init() throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, time) = Clock.manual(Self.start)
        self.time = time
        service = RegistryService(pool: database.pool, clock: clock)
        // The audit rows name these users (audit_log.user_id references users).
        try database.pool.write { db in
            let now = ISO8601Timestamp.format(Self.start)
            for (id, username, role) in [(2, "staf", "staf"), (3, "op.a", "operator")] {
                try db.execute(
                    """
                    INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at,
                                       password_changed_at)
                    VALUES (?, ?, ?, ?, 'x', 1, ?, ?, ?)
                    """,
                    [id, username, "Pengguna \(username)", role, now, now, now])
            }
        }
    }

    /// A household in `area` with a male head, created by staf.
    @discardableResult
    func household(
        _ serial: Int, area: String = RegistryFixtures.poncosari, head: String = "Budi Santoso", born: String = "1980-05-15",
        sex: Sex = .male
    ) throws -> (household: Household, head: Person) {
        try service.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial), area: area),
            head: RegistryFixtures.person(head, sex: sex, born: born, serial: serial), by: Self.staf, scope: .everywhere)
    }

    func auditActions(entity: String, id: Int64) throws -> [String] {
        try pool.read { db in
            try db.query("SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id", [entity, String(id)])
                .map { try $0.get(0) }
        }
    }

    func count(_ table: String) throws -> Int {
        try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
    }
}
