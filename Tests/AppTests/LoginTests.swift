import App
import Core
import Database
import Foundation
import HTTPServer
import Testing
import TestSupport
import Web

extension TestApp {
    /// Inserts a user with plain SQL (user administration lives elsewhere) and returns its id.
    @discardableResult
    func insertAccount(
        _ username: String, role: Role = .staf, password: String = "sandi-yang-benar", active: Bool = true,
        areas: [String] = [], hasher: PasswordHasher = .testing
    ) throws -> Int64 {
        let hash = try hasher.hash(password)
        let now = environment.clock.now
        return try database.pool.write { db in
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
        try database.pool.read { db in try db.scalar(Int.self, sql, arguments) }
    }

    /// The same application with extra routes, on its own server.
    func serverWith(_ extraRoutes: (inout RouteBuilder) -> Void) throws -> TestServer {
        try TestServer(responder: try buildApplication(environment, extraRoutes: extraRoutes)) { $0.workers = 2 }
    }
}

extension RawHTTPClient.Response {
    /// The `Set-Cookie` field for the session cookie, if any.
    var sessionCookie: String? { headerValues("Set-Cookie").first { $0.hasPrefix("dinsos_session=") } }
}

@Suite struct LoginTests {
    let app: TestApp

    init() throws {
        app = try TestApp()
    }

    @Test func theLoginPageStartsAPreSessionWithACSRFToken() throws {
        let browser = app.browser()
        let page = try browser.get("/login")
        #expect(page.status == 200)
        #expect(page.text.contains("name=\"username\""))
        #expect(page.text.contains("name=\"password\""))
        #expect(browser.lastCSRFToken?.count == 43)
        let cookie = try #require(page.sessionCookie)
        #expect(cookie.contains("Path=/"))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(!cookie.contains("Secure"))
        #expect(page.header("Cache-Control") == "no-store")
        #expect(try app.count("SELECT count(*) FROM sessions WHERE user_id IS NULL") == 1)

        let again = try browser.get("/login")
        #expect(again.sessionCookie == nil)
        #expect(try app.count("SELECT count(*) FROM sessions") == 1)
    }

    @Test func secureCookiesAreMarkedSecure() throws {
        let secureApp = try TestApp { $0.secureCookies = true }
        let page = try secureApp.browser().get("/login")
        #expect(page.sessionCookie?.contains("; Secure") == true)
    }

    @Test func theRightPasswordSignsInWithANewSessionAndRedirectsHome() throws {
        let id = try app.insertAccount("budi")
        let browser = app.browser()
        try browser.get("/login")
        let preSession = browser.cookies["dinsos_session"]
        let answer = try browser.post("/login", [("username", "budi"), ("password", "sandi-yang-benar")])
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/")
        #expect(answer.sessionCookie?.contains("HttpOnly") == true)
        #expect(browser.cookies["dinsos_session"] != preSession)
        #expect(try app.count("SELECT count(*) FROM sessions") == 1)
        #expect(try app.count("SELECT count(*) FROM sessions WHERE user_id = ?", [id]) == 1)

        let home = try browser.get("/")
        #expect(home.status == 200)
        #expect(home.text.contains("Pengguna budi"))
        #expect(home.text.contains("action=\"/logout\""))
    }

    @Test func aSignedInUserVisitingTheLoginPageGoesHome() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        let page = try browser.get("/login")
        #expect(page.status == 303)
        #expect(page.header("Location") == "/")
    }

    @Test func theWrongPasswordShowsTheFormAgainWithoutASession() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        let answer = try browser.login("budi", "sandi-yang-salah")
        #expect(answer.status == 200)
        #expect(answer.text.contains("Nama pengguna atau kata sandi salah."))
        #expect(answer.text.contains("value=\"budi\""))
        #expect(!answer.text.contains("sandi-yang-salah"))
        #expect(answer.sessionCookie == nil)
        #expect(try app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL") == 0)
        #expect(try browser.get("/").status == 303)
    }

    @Test func anInactiveUserGetsTheSameMessage() throws {
        try app.insertAccount("lama", active: false)
        let answer = try app.browser().login("lama", "sandi-yang-benar")
        #expect(answer.status == 200)
        #expect(answer.text.contains("Nama pengguna atau kata sandi salah."))
        #expect(try app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL") == 0)
    }

    @Test func anEmptyFormIsAnsweredWithoutCountingAnAttempt() throws {
        let browser = app.browser()
        let answer = try browser.login("", "")
        #expect(answer.status == 200)
        #expect(answer.text.contains("Isi nama pengguna dan kata sandi."))
        #expect(try app.count("SELECT count(*) FROM login_attempts") == 0)
    }

    @Test func anAnonymousVisitToAProtectedPageGoesToTheLoginFormAndBackAfterwards() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        let refused = try browser.get("/akun/sandi")
        #expect(refused.status == 303)
        #expect(refused.header("Location") == "/login?next=/akun/sandi")
        let form = try browser.get("/login?next=/akun/sandi")
        #expect(form.text.contains("name=\"next\" value=\"/akun/sandi\""))
        let answer = try browser.post(
            "/login", [("username", "budi"), ("password", "sandi-yang-benar"), ("next", "/akun/sandi")])
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/akun/sandi")
        #expect(try browser.get("/akun/sandi").status == 200)
    }

    @Test(arguments: ["//evil.example/", "https://evil.example/", "/\\evil.example"])
    func aForeignNextIsIgnored(next: String) throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        try browser.get("/login")
        let answer = try browser.post("/login", [("username", "budi"), ("password", "sandi-yang-benar"), ("next", next)])
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/")
    }

    @Test func loggingOutEndsTheSessionForGood() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        let oldCookie = try #require(browser.cookies["dinsos_session"])
        try browser.get("/")
        let answer = try browser.post("/logout", [])
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/login")
        #expect(answer.sessionCookie?.contains("Max-Age=0") == true)
        #expect(browser.cookies["dinsos_session"] == nil)
        #expect(try app.count("SELECT count(*) FROM sessions") == 0)

        let replay = try app.browser().get("/", headers: ["Cookie": "dinsos_session=\(oldCookie)"])
        #expect(replay.status == 303)
        #expect(replay.header("Location") == "/login")
        #expect(replay.sessionCookie?.contains("Max-Age=0") == true)
    }

    @Test func fiveFailuresLockTheAccountUntilFifteenMinutesPass() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        try browser.get("/login")
        for _ in 0..<5 {
            let failed = try browser.post("/login", [("username", "budi"), ("password", "tebakan-salah")])
            #expect(failed.text.contains("Nama pengguna atau kata sandi salah."))
        }
        let refused = try browser.post("/login", [("username", "budi"), ("password", "sandi-yang-benar")])
        #expect(refused.status == 200)
        #expect(refused.text.contains("Terlalu banyak percobaan gagal untuk akun ini. Coba lagi dalam 15 menit."))
        #expect(try app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL") == 0)

        app.time.advance(by: 15 * 60)
        let accepted = try browser.login("budi", "sandi-yang-benar")
        #expect(accepted.status == 303)
        let actions = try app.database.pool.read { db in
            try db.query("SELECT action, entity, entity_id FROM audit_log ORDER BY id").map {
                "\(try $0.get(0, as: String.self)) \(try $0.get(1, as: String.self)) \(try $0.get(2, as: String.self))"
            }
        }
        #expect(actions == Array(repeating: "login.gagal user budi", count: 5) + ["login.ditolak user budi", "login.berhasil user budi"])
    }

    @Test func fiftyFailuresFromOneAddressLockEveryAccountFromThere() throws {
        try app.insertAccount("sari")
        let browser = app.browser()
        try browser.get("/login")
        for index in 0..<50 {
            try browser.post("/login", [("username", "tamu\(index)"), ("password", "tebakan")])
        }
        let refused = try browser.post("/login", [("username", "sari"), ("password", "sandi-yang-benar")])
        #expect(refused.text.contains("Terlalu banyak percobaan gagal dari alamat jaringan Anda. Coba lagi dalam 15 menit."))
        app.time.advance(by: 15 * 60)
        #expect(try browser.login("sari", "sandi-yang-benar").status == 303)
    }

    @Test func eightIdleHoursEndTheSession() throws {
        try app.insertAccount("budi")
        let browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        app.time.advance(by: 7 * 3600)
        #expect(try browser.get("/").status == 200)
        app.time.advance(by: 8 * 3600)
        let expired = try browser.get("/")
        #expect(expired.status == 303)
        #expect(expired.header("Location") == "/login")
        #expect(try app.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func aDeactivatedUserIsSignedOutOnTheNextRequest() throws {
        let id = try app.insertAccount("budi")
        let browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        try app.database.pool.write { db in try db.execute("UPDATE users SET active = 0 WHERE id = ?", [id]) }
        #expect(try browser.get("/").status == 303)
    }

    @Test func anOperatorOnAnAdminPageGetsA403PageWithTheirMenu() throws {
        try app.insertAccount("operator1", role: .operator, areas: ["34.02.01.2001"])
        try app.insertAccount("admin1", role: .admin)
        let server = try app.serverWith { routes in
            routes.get("/admin/percobaan", access: .requires(Action.manageUsers)) { _, _ in Response(text: "rahasia") }
        }
        defer { server.stop() }
        let operatorBrowser = TestBrowser(port: server.port)
        try operatorBrowser.login("operator1", "sandi-yang-benar")
        let refused = try operatorBrowser.get("/admin/percobaan")
        #expect(refused.status == 403)
        #expect(refused.text.contains("Akses ditolak"))
        #expect(refused.text.contains("Pengguna operator1"))
        #expect(refused.text.contains("aria-label=\"Menu utama\""))
        #expect(refused.text.contains(">Beranda</a>"))
        #expect(!refused.text.contains(">Pengguna</a>"))
        #expect(!refused.text.contains("rahasia"))

        let adminBrowser = TestBrowser(port: server.port)
        try adminBrowser.login("admin1", "sandi-yang-benar")
        #expect(try adminBrowser.get("/admin/percobaan").text == "rahasia")
    }

    @Test func anUnknownPathIs404ForEveryone() throws {
        try app.insertAccount("budi")
        let anonymous = try app.browser().get("/tidak-ada")
        #expect(anonymous.status == 404)
        #expect(anonymous.text.contains("Halaman tidak ditemukan"))
        let browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        #expect(try browser.get("/tidak-ada").status == 404)
        #expect(try browser.post("/healthz", []).status == 405)
    }

    @Test func staticFilesAndHealthNeedNoSession() throws {
        let browser = app.browser()
        #expect(try browser.get("/healthz").status == 200)
        #expect(try browser.get("/static/css/app.css").status == 200)
        #expect(browser.cookies.isEmpty)
        #expect(try app.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func aHashWithOlderParametersIsUpgradedAtSignIn() throws {
        let id = try app.insertAccount("budi", hasher: PasswordHasher(rounds: 500))
        #expect(try app.browser().login("budi", "sandi-yang-benar").status == 303)
        let stored = try app.database.pool.read { db in
            try db.scalar(String.self, "SELECT password_hash FROM users WHERE id = ?", [id])
        }
        #expect(!PasswordHasher.testing.needsRehash(stored))
        #expect(try app.browser().login("budi", "sandi-yang-benar").status == 303)
    }
}
