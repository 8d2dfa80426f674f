import App
import Core
import Testing
import TestSupport

/// State-changing requests without the session's CSRF token, or from another origin, are
/// refused with 403 before the handler runs.
@Suite struct CSRFTests {
    let app: TestApp
    let userID: Int64
    let browser: TestBrowser

    init() throws {
        app = try TestApp()
        userID = try app.insertAccount("budi")
        browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
        try browser.get("/akun/sandi")
    }

    var change: [(String, String)] {
        [("current_password", "sandi-yang-benar"), ("new_password", "sandi-baru-panjang"),
         ("new_password_confirmation", "sandi-baru-panjang")]
    }

    func storedHash() throws -> String {
        try app.database.pool.read { db in
            try db.scalar(String.self, "SELECT password_hash FROM users WHERE id = ?", [userID])
        }
    }

    @Test func aPostWithoutTheTokenIsRefusedAndChangesNothing() throws {
        let before = try storedHash()
        let answer = try browser.post("/akun/sandi", change, csrf: false)
        #expect(answer.status == 403)
        #expect(answer.text.contains("Formulir ini sudah kedaluwarsa"))
        #expect(try storedHash() == before)
        #expect(try app.count("SELECT count(*) FROM audit_log WHERE action = 'user.ubah-sandi'") == 0)
    }

    @Test func aPostWithAWrongTokenIsRefusedAndChangesNothing() throws {
        let before = try storedHash()
        let answer = try browser.post("/akun/sandi", change, csrfToken: "bukan-token-yang-benar")
        #expect(answer.status == 403)
        #expect(try storedHash() == before)
    }

    @Test func anotherSessionsTokenIsRefused() throws {
        try app.insertAccount("sari")
        let other = app.browser()
        try other.login("sari", "sandi-yang-benar")
        try other.get("/akun/sandi")
        let foreignToken = try #require(other.lastCSRFToken)
        let before = try storedHash()
        #expect(try browser.post("/akun/sandi", change, csrfToken: foreignToken).status == 403)
        #expect(try storedHash() == before)
    }

    @Test func aForeignOriginIsRefusedEvenWithTheRightToken() throws {
        let before = try storedHash()
        let answer = try browser.post("/akun/sandi", change, headers: ["Origin": "https://evil.example"])
        #expect(answer.status == 403)
        #expect(try storedHash() == before)
    }

    @Test func ourOwnOriginIsAccepted() throws {
        let answer = try browser.post("/akun/sandi", change, headers: ["Origin": "http://127.0.0.1:\(app.server.port)"])
        #expect(answer.status == 303)
    }

    @Test func theHeaderTokenIsAccepted() throws {
        let token = try #require(browser.lastCSRFToken)
        let answer = try browser.post("/akun/sandi", change, csrf: false, headers: ["X-CSRF-Token": token])
        #expect(answer.status == 303)
    }

    @Test func aMultipartFormCarriesItsTokenToo() throws {
        #expect(try browser.postMultipart("/akun/sandi", change, files: []).status == 303)
    }

    @Test func logoutWithoutTheTokenKeepsTheSession() throws {
        #expect(try browser.post("/logout", [], csrf: false).status == 403)
        #expect(try browser.get("/").status == 200)
    }

    @Test func loginWithoutThePreSessionTokenIsRefused() throws {
        let stranger = app.browser()
        try stranger.get("/login")
        let attemptsBefore = try app.count("SELECT count(*) FROM login_attempts")
        let answer = try stranger.post("/login", [("username", "budi"), ("password", "sandi-yang-benar")], csrf: false)
        #expect(answer.status == 403)
        #expect(answer.sessionCookie == nil)
        #expect(try app.count("SELECT count(*) FROM login_attempts") == attemptsBefore)
    }

    @Test func loginWithoutAnyCookieIsRefused() throws {
        let answer = try app.browser().post(
            "/login", [("username", "budi"), ("password", "sandi-yang-benar")], csrfToken: "apa-saja")
        #expect(answer.status == 403)
    }
}
