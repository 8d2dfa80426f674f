import Core
import Database
import Foundation
import Testing
import TestSupport

/// A migrated temporary database with a manual clock, and users inserted with plain SQL.
final class AuthTestDatabase {
    let database: TemporaryDatabase
    let clock: Clock
    let time: ManualTime
    var pool: DatabasePool { database.pool }

    init() throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        (clock, time) = Clock.manual(Date(timeIntervalSince1970: 1_795_000_000))
    }

    @discardableResult
    func insertUser(
        _ username: String, role: Role = .staf, password: String = "sandi-yang-benar", hasher: PasswordHasher = .testing,
        active: Bool = true, areas: [String] = []
    ) throws -> Int64 {
        let hash = try hasher.hash(password)
        let now = clock.now
        return try pool.write { db in
            try db.execute(
                """
                INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [username, "Pengguna \(username)", role.rawValue, hash, active, now, now, now])
            let id = db.lastInsertRowID
            for area in areas {
                try db.execute("INSERT INTO user_areas (user_id, area_code) VALUES (?, ?)", [id, area])
            }
            return id
        }
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try pool.read { db in try db.scalar(Int.self, sql, arguments) }
    }

    func auditActions() throws -> [String] {
        try pool.read { db in
            try db.query("SELECT action FROM audit_log ORDER BY id").map { try $0.get(0, as: String.self) }
        }
    }
}

@Suite struct LoginServiceTests {
    let db: AuthTestDatabase
    let service: LoginService

    init() throws {
        db = try AuthTestDatabase()
        service = LoginService(pool: db.pool, hasher: .testing, clock: db.clock)
    }

    func attempt(_ username: String, _ password: String, from address: String = "10.0.0.1") throws -> LoginOutcome {
        try service.signIn(
            LoginAttempt(username: username, password: password, address: address, requestID: "r1"), replacing: nil)
    }

    @Test func theRightPasswordCreatesASessionAndAuditsTheSuccess() throws {
        let id = try db.insertUser("budi")
        guard case .signedIn(let session) = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("not signed in")
            return
        }
        #expect(session.userID == id)
        #expect(SessionToken.hash(session.token) == session.tokenHash)
        #expect(try db.count("SELECT count(*) FROM sessions WHERE token_hash = ? AND user_id = ?", [session.tokenHash, id]) == 1)
        #expect(try db.auditActions() == ["login.berhasil"])
        let row = try db.pool.read { db in
            try db.queryOne("SELECT user_id, username, entity, entity_id, address FROM audit_log")
        }
        #expect(try row?.get(0, as: Int64.self) == id)
        #expect(try row?.get(3, as: String.self) == "budi")
        #expect(try row?.get(4, as: String.self) == "10.0.0.1")
    }

    @Test func theUsernameIsMatchedWithoutRegardToCaseOrSurroundingSpace() throws {
        try db.insertUser("Budi.Santoso")
        guard case .signedIn = try attempt("  budi.santoso ", "sandi-yang-benar") else {
            Issue.record("not signed in")
            return
        }
    }

    @Test func signingInDeletesThePreSessionAndIssuesANewToken() throws {
        try db.insertUser("budi")
        let pre = try SessionStore.create(
            userID: nil, address: "10.0.0.1", at: db.clock.now, policy: .standard, in: db.pool)
        let outcome = try service.signIn(
            LoginAttempt(username: "budi", password: "sandi-yang-benar", address: "10.0.0.1", requestID: "r"),
            replacing: pre.tokenHash)
        guard case .signedIn(let session) = outcome else {
            Issue.record("not signed in")
            return
        }
        #expect(session.token != pre.token)
        #expect(session.csrfToken != pre.csrfToken)
        #expect(try db.count("SELECT count(*) FROM sessions WHERE token_hash = ?", [pre.tokenHash]) == 0)
        #expect(try db.count("SELECT count(*) FROM sessions") == 1)
    }

    @Test(arguments: ["wrong", "unknown", "inactive"])
    func everyFailureGetsTheSameNeutralMessageAndNoSession(kind: String) throws {
        try db.insertUser("budi")
        try db.insertUser("nonaktif", active: false)
        let outcome: LoginOutcome
        switch kind {
        case "wrong": outcome = try attempt("budi", "sandi-yang-salah")
        case "unknown": outcome = try attempt("siapa", "sandi-yang-benar")
        default: outcome = try attempt("nonaktif", "sandi-yang-benar")
        }
        #expect(outcome == .refused(.wrongCredentials))
        #expect(LoginRefusal.wrongCredentials.message == "Nama pengguna atau kata sandi salah.")
        #expect(try db.count("SELECT count(*) FROM sessions") == 0)
        #expect(try db.count("SELECT count(*) FROM login_attempts WHERE succeeded = 0") == 1)
        #expect(try db.auditActions() == ["login.gagal"])
    }

    @Test func aHashWithOlderParametersIsReplacedAtSignIn() throws {
        let id = try db.insertUser("budi", hasher: PasswordHasher(rounds: 500))
        guard case .signedIn = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("not signed in")
            return
        }
        let stored = try db.pool.read { db in try db.scalar(String.self, "SELECT password_hash FROM users WHERE id = ?", [id]) }
        #expect(stored.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(PasswordHasher.testing.verify("sandi-yang-benar", against: stored))
        #expect(!PasswordHasher.testing.needsRehash(stored))
    }

    @Test func aCurrentHashIsLeftAlone() throws {
        let id = try db.insertUser("budi")
        let before = try db.pool.read { db in try db.scalar(String.self, "SELECT password_hash FROM users WHERE id = ?", [id]) }
        _ = try attempt("budi", "sandi-yang-benar")
        let after = try db.pool.read { db in try db.scalar(String.self, "SELECT password_hash FROM users WHERE id = ?", [id]) }
        #expect(before == after)
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws {
        try db.insertUser("budi")
        for _ in 0..<5 { #expect(try attempt("budi", "tebakan-salah") == .refused(.wrongCredentials)) }
        #expect(try attempt("budi", "sandi-yang-benar") == .refused(.accountLocked(minutes: 15)))
        #expect(
            LoginRefusal.accountLocked(minutes: 15).message
                == "Terlalu banyak percobaan gagal untuk akun ini. Coba lagi dalam 15 menit.")
        db.time.advance(by: 10 * 60)
        #expect(try attempt("budi", "sandi-yang-benar") == .refused(.accountLocked(minutes: 5)))
        db.time.advance(by: 5 * 60)
        guard case .signedIn = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("still locked after 15 minutes")
            return
        }
        #expect(try db.count("SELECT count(*) FROM sessions") == 1)
        #expect(try db.auditActions() == Array(repeating: "login.gagal", count: 5) + ["login.ditolak", "login.ditolak", "login.berhasil"])
    }

    @Test func fourFailuresDoNotLockAndASuccessStartsTheCountAgain() throws {
        try db.insertUser("budi")
        for _ in 0..<4 { _ = try attempt("budi", "tebakan-salah") }
        guard case .signedIn = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("locked after four failures")
            return
        }
        for _ in 0..<4 { _ = try attempt("budi", "tebakan-salah") }
        guard case .signedIn = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("the success did not reset the count")
            return
        }
    }

    @Test func failuresOlderThanTheWindowDoNotCount() throws {
        try db.insertUser("budi")
        for _ in 0..<3 { _ = try attempt("budi", "tebakan-salah") }
        db.time.advance(by: 16 * 60)
        for _ in 0..<4 { _ = try attempt("budi", "tebakan-salah") }
        guard case .signedIn = try attempt("budi", "sandi-yang-benar") else {
            Issue.record("old failures counted")
            return
        }
    }

    @Test func theLockIsPerAccount() throws {
        try db.insertUser("budi")
        try db.insertUser("sari")
        for _ in 0..<5 { _ = try attempt("budi", "tebakan-salah") }
        guard case .signedIn = try attempt("sari", "sandi-yang-benar") else {
            Issue.record("another account was locked too")
            return
        }
    }

    @Test func fiftyFailuresFromOneAddressLockThatAddressOnly() throws {
        try db.insertUser("sari")
        for index in 0..<50 { _ = try attempt("tamu\(index)", "tebakan", from: "10.9.9.9") }
        #expect(try attempt("sari", "sandi-yang-benar", from: "10.9.9.9") == .refused(.addressLocked(minutes: 15)))
        guard case .signedIn = try attempt("sari", "sandi-yang-benar", from: "10.0.0.2") else {
            Issue.record("another address was locked too")
            return
        }
        db.time.advance(by: 15 * 60)
        guard case .signedIn = try attempt("sari", "sandi-yang-benar", from: "10.9.9.9") else {
            Issue.record("the address stayed locked")
            return
        }
    }

    @Test func fortyNineFailuresFromOneAddressDoNotLockIt() throws {
        try db.insertUser("sari")
        for index in 0..<49 { _ = try attempt("tamu\(index)", "tebakan", from: "10.9.9.9") }
        guard case .signedIn = try attempt("sari", "sandi-yang-benar", from: "10.9.9.9") else {
            Issue.record("locked below the threshold")
            return
        }
    }

    @Test func refusedAttemptsAreAuditedButNotCountedAsFailures() throws {
        try db.insertUser("budi")
        for _ in 0..<5 { _ = try attempt("budi", "tebakan-salah") }
        for _ in 0..<3 { _ = try attempt("budi", "tebakan-salah") }
        #expect(try db.count("SELECT count(*) FROM login_attempts") == 5)
        #expect(try db.auditActions().filter { $0 == "login.ditolak" }.count == 3)
    }

    @Test(arguments: [
        ("/", "/"), ("/keluarga/12?tab=anggota", "/keluarga/12?tab=anggota"), ("//evil.example", nil),
        ("https://evil.example/", nil), ("/\\evil.example", nil), ("javascript:alert(1)", nil), ("", nil),
        ("/a\nb", nil), ("keluarga", nil),
    ] as [(String, String?)])
    func onlyLocalPathsAreFollowedAfterSignIn(next: String, expected: String?) {
        #expect(LoginRedirect.safeTarget(next) == expected)
    }

    @Test func theLoginPathCarriesTheTargetPercentEncoded() {
        #expect(LoginRedirect.loginPath(returningTo: "/akun/sandi") == "/login?next=/akun/sandi")
        #expect(LoginRedirect.loginPath(returningTo: "/cari?q=a b&x=1") == "/login?next=/cari%3Fq%3Da%20b%26x%3D1")
        #expect(LoginRedirect.loginPath(returningTo: "/") == "/login")
        #expect(LoginRedirect.loginPath(returningTo: "//evil.example") == "/login")
    }
}

extension SessionStore {
    /// `create` in its own write transaction (tests).
    static func create(userID: Int64?, address: String, at now: Date, policy: SessionPolicy, in pool: DatabasePool)
        throws -> NewSession
    {
        try pool.write { db in try create(userID: userID, address: address, at: now, policy: policy, in: db) }
    }
}
