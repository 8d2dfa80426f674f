import Core
import Database
import DTKS
import Foundation
import Registry
import TestSupport

/// A migrated temporary database with the register's service on a manual clock, users for the
/// audit rows, and helpers to register households and members.
final class DTKSFixture {
    let database: TemporaryDatabase
    let registry: RegistryService
    let time: ManualTime
    let clock: Clock
    var pool: DatabasePool { database.pool }

    /// Wednesday 18 November 2026.
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let staf = Actor(kind: .user, userID: 2, username: "staf", role: .staf, address: "127.0.0.1", requestID: "t")
    static let operatorA = Actor(kind: .user, userID: 3, username: "op.a", role: .operator, address: "127.0.0.1", requestID: "t")
    static let today = CalendarDate(year: 2026, month: 11, day: 18)!

    init() throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        (clock, time) = Clock.manual(Self.start)
        registry = RegistryService(pool: database.pool, clock: clock)
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

    /// A household in `area` with a male head.
    @discardableResult
    func household(
        _ serial: Int, area: String = RegistryFixtures.poncosari, head: String = "Budi Santoso"
    ) throws -> (household: Household, head: Person) {
        try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial), area: area),
            head: RegistryFixtures.person(head, serial: serial), by: .cli, scope: .everywhere)
    }

    /// A second member (a daughter) of `household`.
    @discardableResult
    func child(of household: Household, serial: Int, name: String = "Sari") throws -> Person {
        try registry.addMember(
            to: household.id,
            RegistryFixtures.person(name, sex: .female, born: "2005-03-02", serial: serial, relationship: .child),
            by: .cli, scope: .everywhere)
    }

    /// Registers `nik` inside one write transaction.
    @discardableResult
    func register(
        _ nik: String, id: String? = "3402010000000001", desil: Int? = 3, since: CalendarDate = DTKSFixture.today,
        source: MemberSource = .finalisation, name: String? = nil
    ) throws -> Int64 {
        try pool.write { db in
            try DTKSMembers.register(
                NewMembership(nik: nik, idDTKS: id, desil: desil, since: since, source: source, name: name),
                by: Self.staf, in: db, at: clock.now)
        }
    }

    func member(_ id: Int64) throws -> DTKSMember? {
        try pool.read { try DTKSMemberStore.find(id, in: .everywhere, db: $0) }
    }

    func audits(_ action: String) throws -> Int {
        try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = ?", [action]) }
    }

    func count(_ sql: String = "SELECT count(*) FROM dtks_members", _ arguments: StatementArguments = []) throws -> Int {
        try pool.read { try $0.scalar(Int.self, sql, arguments) }
    }
}
