import Core
import Database
import Foundation
import Testing
import TestSupport

/// A migrated temporary database (the real 0001 and 0002 migrations) and a service on it.
final class UserFixture {
    let database: TemporaryDatabase
    let service: UserService
    let time: ManualTime
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    /// The admin the tests act as: a stored account (audit rows refer to it), created without an
    /// audit row of its own and left out of `userCount`.
    static let adminID: Int64 = 1000
    static let admin = Actor(kind: .user, userID: adminID, username: "admin.uji", role: .admin, address: "10.0.0.9", requestID: "r-1")

    init(withAdmin: Bool = true) throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, time) = Clock.manual(Self.start)
        self.time = time
        service = UserService(pool: database.pool, hasher: .testing, clock: clock)
        guard withAdmin else { return }
        try database.pool.write { db in
            try db.execute(
                """
                INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                VALUES (?, 'admin.uji', 'Admin Uji', 'admin', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """, [Self.adminID])
        }
    }

    /// The accounts the test made (without the acting admin).
    var userCount: Int {
        get throws { try count("SELECT count(*) FROM users WHERE id <> ?", [Self.adminID]) }
    }

    var pool: DatabasePool { database.pool }

    @discardableResult
    func create(
        _ username: String, role: Role = .staf, areas: [String] = [], fullName: String? = nil,
        password: String = "Sandi-Rahasia-1"
    ) throws -> User {
        try service.create(
            NewUser(username: username, fullName: fullName ?? "Nama \(username)", role: role, areaCodes: areas, password: password),
            by: .cli)
    }

    func problems(of input: NewUser) -> [UserField: String] {
        do {
            _ = try service.create(input, by: .cli)
            return [:]
        } catch let error as UserError {
            return error.fieldErrors
        } catch {
            Issue.record("unexpected error \(error)")
            return [:]
        }
    }

    func auditRows(_ action: String? = nil) throws -> [AuditRecord] {
        try pool.read { db in
            try db.query(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log ORDER BY id").filter {
                action == nil || $0.action == action
            }
        }
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try pool.read { try $0.scalar(Int.self, sql, arguments) }
    }

    func openSession(for userID: Int64) throws {
        try pool.write { db in
            try db.execute(
                """
                INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                VALUES (randomblob(32), ?, 'csrf', '2026-11-18T00:00:00Z', '2026-11-18T00:00:00Z', '2026-11-19T00:00:00Z')
                """, [userID])
        }
    }

    func changes(_ record: AuditRecord) throws -> [String: [String: String?]] {
        try JSONDecoder().decode([String: [String: String?]].self, from: Data(record.changes.utf8))
    }
}

@Suite("UserService: creating accounts")
struct UserServiceCreateTests {
    static let poncosari = "34.02.01.2001"
    static let trimurti = "34.02.01.2002"
    static let srandakan = "34.02.01"
    static let kretek = "34.02.03"

    @Test func anOperatorIsCreatedActiveWithOneDesaAndAnAuditRowWithoutThePassword() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("op.poncosari", role: .operator, areas: [Self.poncosari], fullName: "  Siti Aminah ")

        #expect(user.username == "op.poncosari")
        #expect(user.fullName == "Siti Aminah")
        #expect(user.role == .operator)
        #expect(user.areaCodes == [Self.poncosari])
        #expect(user.areas.first?.name == "Poncosari")
        #expect(user.isActive)
        #expect(user.version == 1)
        #expect(user.createdAt == UserFixture.start)
        #expect(user.scope == .areas([Self.poncosari]))

        let hash = try #require(try fixture.pool.read { try UserStore.passwordHash(of: user.id, in: $0) })
        #expect(PasswordHasher.testing.verify("Sandi-Rahasia-1", against: hash))

        let audit = try #require(try fixture.auditRows(UserService.AuditAction.create).first)
        #expect(audit.actor == "cli")
        #expect(audit.entity == "user")
        #expect(audit.entityID == String(user.id))
        #expect(audit.areaCode == Self.poncosari)
        let changes = try fixture.changes(audit)
        #expect(changes["username"]?["after"] == "op.poncosari")
        #expect(changes["full_name"]?["after"] == "Siti Aminah")
        #expect(changes["role"]?["after"] == "operator")
        #expect(changes["areas"]?["after"] == Self.poncosari)
        #expect(changes["password"]?["after"] == "(diubah)")
        #expect(!audit.changes.contains(hash))
        #expect(!audit.changes.contains("pbkdf2"))
    }

    @Test(arguments: [
        "", "ab", String(repeating: "a", count: 41), "budi santoso", "budi@dinsos", "bübi", "budi/1", "'; DROP",
    ])
    func usernamesBreakingTheRuleAreRefused(username: String) throws {
        let fixture = try UserFixture()
        let problems = fixture.problems(of: NewUser(username: username, fullName: "Budi", role: .staf, password: "Sandi-Rahasia-1"))
        #expect(problems[.username] != nil)
        #expect(try fixture.userCount == 0)
        #expect(try fixture.auditRows().isEmpty)
    }

    @Test(arguments: ["abc", "op.poncosari", "a_b-c.D9", String(repeating: "z", count: 40)])
    func usernamesWithinTheRuleAreAccepted(username: String) throws {
        let fixture = try UserFixture()
        #expect(try fixture.create(username).username == username)
    }

    @Test func aUsernameIsUniqueWithoutRegardToCase() throws {
        let fixture = try UserFixture()
        try fixture.create("Budi.S")
        let problems = fixture.problems(of: NewUser(username: "budi.s", fullName: "Budi", role: .kasi, password: "Sandi-Rahasia-2"))
        #expect(problems == [.username: UserRules.usernameTaken])
        #expect(try fixture.userCount == 1)
    }

    @Test func everyBrokenRuleIsReportedAtOnceAndNothingIsWritten() throws {
        let fixture = try UserFixture()
        let problems = fixture.problems(of: NewUser(username: "x", fullName: "   ", role: nil, password: "pendek"))
        #expect(Set(problems.keys) == [.username, .fullName, .role, .password])
        #expect(problems[.fullName] == "Nama lengkap wajib diisi.")
        #expect(problems[.role] == "Pilih peran.")
        #expect(problems[.password] == "Kata sandi minimal 10 karakter.")
        #expect(try fixture.userCount == 0)
    }

    @Test func aFullNameLongerThanTheLimitIsRefused() throws {
        let fixture = try UserFixture()
        let name = String(repeating: "a", count: UserRules.fullNameMaximumLength + 1)
        let problems = fixture.problems(of: NewUser(username: "budi", fullName: name, role: .staf, password: "Sandi-Rahasia-1"))
        #expect(problems[.fullName] != nil)
    }

    @Test(arguments: [
        ("budi.santoso", "budi.santoso"), ("budi.santoso", "BUDI.SANTOSO"), ("budi.santoso", "xx-budi.santoso-xx"),
        ("budi", "123456789"),
    ])
    func passwordsBreakingThePolicyAreRefused(username: String, password: String) throws {
        let fixture = try UserFixture()
        let problems = fixture.problems(of: NewUser(username: username, fullName: "Budi", role: .staf, password: password))
        #expect(problems.keys.contains(.password))
    }

    @Test(arguments: [
        (Role.operator, [String](), false), (.operator, [srandakan], false), (.operator, [poncosari, trimurti], false),
        (.operator, [poncosari], true),
        (.pendamping, [], false), (.pendamping, [srandakan], true), (.pendamping, [poncosari, trimurti], true),
        (.pendamping, [srandakan, kretek], false), (.pendamping, [srandakan, poncosari], false),
        (.pendamping, ["34.02"], false),
        (.admin, [poncosari], false), (.staf, [srandakan], false), (.kasi, [], true), (.kadis, [], true),
        (.operator, ["34.99.99.9999"], false),
    ])
    func areasMustFitTheRole(role: Role, areas: [String], accepted: Bool) throws {
        let fixture = try UserFixture()
        let problems = fixture.problems(
            of: NewUser(username: "petugas", fullName: "Petugas", role: role, areaCodes: areas, password: "Sandi-Rahasia-1"))
        #expect((problems[.areas] == nil) == accepted, "\(role) \(areas): \(problems)")
        #expect(Set(problems.keys).isSubset(of: [.areas]))
    }

    @Test func anUnknownAreaCodeIsNamedInTheMessage() throws {
        let fixture = try UserFixture()
        let problems = fixture.problems(
            of: NewUser(username: "petugas", fullName: "Petugas", role: .operator, areaCodes: ["34.99.99.9999"], password: "Sandi-Rahasia-1"))
        #expect(problems[.areas]?.contains("34.99.99.9999") == true)
    }

    @Test func areaMessagesUseTheDeploymentsWords() throws {
        let fixture = try UserFixture()
        var words = Settings()
        words.desaWord = "Desa"
        let service = UserService(pool: fixture.pool, hasher: .testing, settings: SettingsCache(words))
        #expect(throws: UserError.invalid([.areas: "Operator ditugaskan ke tepat satu Desa."])) {
            try service.create(NewUser(username: "petugas", fullName: "P", role: .operator, password: "Sandi-Rahasia-1"), by: .cli)
        }
    }

    @Test func repeatedAreaCodesCountOnce() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("pendamping", role: .pendamping, areas: [Self.trimurti, Self.poncosari, Self.trimurti])
        #expect(user.areaCodes == [Self.poncosari, Self.trimurti])
    }

    @Test func theFirstUsersAreCreatedOnceOnly() throws {
        let fixture = try UserFixture(withAdmin: false)
        let inputs = [
            NewUser(username: "admin", fullName: "A", role: .admin, password: "Sandi-Rahasia-1"),
            NewUser(username: "op.trimurti", fullName: "B", role: .operator, areaCodes: [Self.trimurti], password: "Sandi-Rahasia-1"),
        ]
        #expect(try fixture.service.createFirstUsers(inputs, by: .cli).map(\.username) == ["admin", "op.trimurti"])
        #expect(try fixture.service.createFirstUsers(inputs, by: .cli).isEmpty)
        #expect(try fixture.userCount == 2)
        #expect(try fixture.auditRows(UserService.AuditAction.create).count == 2)
    }

    @Test func theFirstUsersAreAllOrNothing() throws {
        let fixture = try UserFixture(withAdmin: false)
        let inputs = [
            NewUser(username: "admin", fullName: "A", role: .admin, password: "Sandi-Rahasia-1"),
            NewUser(username: "op.salah", fullName: "B", role: .operator, areaCodes: ["34.99"], password: "Sandi-Rahasia-1"),
        ]
        #expect(throws: UserError.self) { try fixture.service.createFirstUsers(inputs, by: .cli) }
        #expect(try fixture.userCount == 0)
        #expect(try fixture.auditRows().isEmpty)
    }
}
