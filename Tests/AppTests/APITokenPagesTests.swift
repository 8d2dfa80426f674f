import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The admin's token page and `dinsos token create`.
@Suite struct APITokenPagesTests {
    @Test func theAdminCreatesATokenThatIsShownOnceAndRevokesIt() throws {
        let fixture = try APIFixture()
        try fixture.account("admin", role: .admin)
        let operatorAccount = try fixture.account("opr", role: .operator, areas: ["34.02.01.2001"])
        let browser = fixture.app.browser()
        #expect(try browser.login("admin", APIFixture.password).status == 303)

        let page = try browser.get("/admin/pengguna/\(operatorAccount.id)/token")
        #expect(page.status == 200)
        #expect(page.text.contains("Belum ada token."))
        let created = try browser.post("/admin/pengguna/\(operatorAccount.id)/token", [("name", "Aplikasi desa")])
        #expect(created.status == 201)
        #expect(created.header("Cache-Control") == "no-store")
        let secret = try #require(created.text.firstMatch(of: /dsk_[A-Za-z0-9_-]{43}/).map { String($0.output) })
        #expect(created.text.contains("hanya ditampilkan sekali"))
        #expect(try fixture.call("GET", "/api/v1/keluarga", token: secret).status == 200)

        let later = try browser.get("/admin/pengguna/\(operatorAccount.id)/token")
        #expect(!later.text.contains(secret), "never shown again")
        #expect(later.text.contains(String(secret.prefix(12))), "the prefix identifies it")
        let audited = try fixture.pool.read { db in
            try db.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'token-api.buat' AND username = 'admin'")
        }
        #expect(audited == 1)

        let tokenID = try #require(try fixture.tokens.tokens(ofUser: operatorAccount.id).first?.id)
        let revoked = try browser.post("/admin/pengguna/\(operatorAccount.id)/token/\(tokenID)/cabut", [])
        #expect(revoked.status == 303)
        #expect(try fixture.call("GET", "/api/v1/keluarga", token: secret).status == 401)
    }

    @Test func aNamelessTokenIsRefusedWithAFieldMessage() throws {
        let fixture = try APIFixture()
        try fixture.account("admin", role: .admin)
        let target = try fixture.account("staf", role: .staf)
        let browser = fixture.app.browser()
        try browser.login("admin", APIFixture.password)
        try browser.get("/admin/pengguna/\(target.id)/token")
        let refused = try browser.post("/admin/pengguna/\(target.id)/token", [("name", " ")])
        #expect(refused.status == 422)
        #expect(try fixture.tokens.tokens(ofUser: target.id).isEmpty)
    }

    @Test func onlyTheAdminManagesTokens() throws {
        let fixture = try APIFixture()
        let kasi = try fixture.account("kasi", role: .kasi)
        let browser = fixture.app.browser()
        try browser.login("kasi", APIFixture.password)
        #expect(try browser.get("/admin/pengguna/\(kasi.id)/token").status == 403)
    }

    @Test func theCommandLinePrintsATokenAuditedAsCLI() throws {
        let fixture = try APIFixture()
        try fixture.account("opr", role: .operator, areas: ["34.02.01.2001"])
        let created = try TokenCreateCommand.run(
            username: "opr", name: "Uji schemathesis", databasePath: fixture.app.database.path, root: TestApp.root)
        #expect(try fixture.call("GET", "/api/v1/keluarga", token: created.secret).status == 200)
        let actor = try fixture.pool.read { db in
            try db.scalar(String.self, "SELECT actor FROM audit_log WHERE action = 'token-api.buat'")
        }
        #expect(actor == "cli")
        #expect(throws: CommandFailure.self) {
            try TokenCreateCommand.run(username: "tidak-ada", name: "x", databasePath: fixture.app.database.path, root: TestApp.root)
        }
    }
}
