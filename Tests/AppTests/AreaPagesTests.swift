@testable import App
import Core
import Database
import Foundation
import HTTPServer
import Testing
import TestSupport
import Web

/// Test users for the area pages, inserted with plain SQL.
enum AreaPageUsers {
    static let password = "kata-sandi-uji-2024"

    /// Adds an active user with `role` and `areas`; returns the `CurrentUser` the session layer would build.
    @discardableResult
    static func insert(_ username: String, role: Role, areas: [String] = [], in pool: DatabasePool) throws -> CurrentUser {
        let hash = try PasswordHasher.testing.hash(password)
        let id = try pool.write { db in
            let now = "2026-11-24T08:00:00Z"
            try db.execute(
                """
                INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [username, "Uji \(username)", role.rawValue, hash, now, now, now])
            let id = try db.scalar(Int64.self, "SELECT id FROM users WHERE username = ?", [username])
            for area in areas {
                try db.execute("INSERT INTO user_areas (user_id, area_code) VALUES (?, ?)", [id, area])
            }
            return id
        }
        return CurrentUser(
            id: id, username: username, fullName: "Uji \(username)", role: role,
            scope: role.isAreaBound ? .areas(areas) : .everywhere)
    }
}

/// The area pages rendered in-process by the controller, with the signed-in user placed in the
/// context the way the session layer does.
@Suite struct AreaPagesRenderingTests {
    let app: TestApp
    let controller: AreasController

    init() throws {
        app = try TestApp()
        controller = AreasController(environment: app.environment)
    }

    private func context(for user: CurrentUser) -> RequestContext {
        var context = RequestContext(requestID: "uji-wilayah")
        context.storage[CurrentUserKey.self] = user
        return context
    }

    private func html(_ response: Response) -> String {
        guard case .bytes(let bytes) = response.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func status(_ body: () throws -> Response) -> Int {
        do {
            return try body().status.code
        } catch let error as any HTTPResponseError {
            return error.status.code
        } catch {
            return 500
        }
    }

    @Test func anAdminTreeStartsAtTheKabupatenWithTheDeploymentsWords() throws {
        let admin = try AreaPageUsers.insert("admin.uji", role: .admin, in: app.database.pool)
        let page = html(try controller.treePage(context(for: admin)))
        #expect(page.contains("<h1>Wilayah</h1>"))
        #expect(page.contains(#"<a href="/wilayah/34.02">Kabupaten Bantul</a>"#))
        #expect(page.contains(#"<a href="/wilayah/34.02.01">Srandakan</a> <small class="muted">Kapanewon · 34.02.01</small>"#))
        #expect(page.contains(#"<a href="/wilayah/34.02.17.2004">Argomulyo</a> <small class="muted">Kalurahan"#))
    }

    @Test func anOperatorTreeIsOnlyItsDesa() throws {
        let user = try AreaPageUsers.insert("op.uji", role: .operator, areas: ["34.02.01.2001"], in: app.database.pool)
        let page = html(try controller.treePage(context(for: user)))
        #expect(page.contains("<h1>Wilayah Kerja</h1>"))
        #expect(page.contains(#"href="/wilayah/34.02.01.2001""#))
        #expect(!page.contains(#"href="/wilayah/34.02.01""#))
        #expect(!page.contains("Trimurti"))
    }

    @Test func aUserWithoutAreasSeesAnExplanation() throws {
        let user = try AreaPageUsers.insert("pd.kosong", role: .pendamping, areas: [], in: app.database.pool)
        let page = html(try controller.treePage(context(for: user)))
        #expect(page.contains("Belum ada wilayah yang dapat ditampilkan"))
    }

    @Test func theKabupatenPageListsItsKecamatanWithCounts() throws {
        let pool = app.database.pool
        let admin = try AreaPageUsers.insert("admin.uji", role: .admin, in: pool)
        try AreaPageUsers.insert("op.poncosari", role: .operator, areas: ["34.02.01.2001"], in: pool)
        try AreaPageUsers.insert("pd.srandakan", role: .pendamping, areas: ["34.02.01"], in: pool)
        let page = html(try controller.areaPage("34.02", context(for: admin)))
        #expect(page.contains("<h1>Kabupaten Bantul</h1>"))
        #expect(page.contains("<h2>Daftar Kapanewon</h2>"))
        #expect(page.contains(#"<th scope="col" class="num">Jumlah Kalurahan</th><th scope="col" class="num">Operator</th><th scope="col" class="num">Pendamping</th>"#))
        #expect(page.contains(#"<tr><td>34.02.01</td><td><a href="/wilayah/34.02.01">Srandakan</a></td><td class="num">2</td><td class="num">1</td><td class="num">1</td></tr>"#))
        #expect(page.contains(#"<tr><td>34.02.17</td><td><a href="/wilayah/34.02.17">Sedayu</a></td><td class="num">4</td><td class="num">0</td><td class="num">0</td></tr>"#))
        #expect(page.contains("<dt>Jumlah Kapanewon</dt><dd>17</dd>"))
        #expect(page.contains(#"<a href="/wilayah/34">Daerah Istimewa Yogyakarta</a>"#))
    }

    @Test func anOperatorsDesaPageNamesAncestorsWithoutLinkingThem() throws {
        let user = try AreaPageUsers.insert("op.uji", role: .operator, areas: ["34.02.01.2001"], in: app.database.pool)
        let page = html(try controller.areaPage("34.02.01.2001", context(for: user)))
        #expect(page.contains("<h1>Kalurahan Poncosari</h1>"))
        #expect(page.contains(#"<a href="/wilayah">Wilayah</a>"#))
        #expect(page.contains("<li><span>Srandakan</span></li>"))
        #expect(page.contains(#"<li><span aria-current="page">Poncosari</span></li>"#))
        #expect(!page.contains(#"href="/wilayah/34.02.01""#))
        #expect(!page.contains(#"href="/wilayah/34.02""#))
        #expect(page.contains("Belum ada Padukuhan yang tercatat"))
    }

    @Test func outsideTheScopeAndUnknownCodesAre404() throws {
        let pool = app.database.pool
        let user = try AreaPageUsers.insert("op.uji", role: .operator, areas: ["34.02.01.2001"], in: pool)
        let pendamping = try AreaPageUsers.insert("pd.uji", role: .pendamping, areas: ["34.02.01"], in: pool)
        let admin = try AreaPageUsers.insert("admin.uji", role: .admin, in: pool)
        #expect(status { try controller.areaPage("34.02.01.2001", context(for: user)) } == 200)
        #expect(status { try controller.areaPage("34.02.01.2002", context(for: user)) } == 404)
        #expect(status { try controller.areaPage("34.02.01", context(for: user)) } == 404)
        #expect(status { try controller.areaPage("34.02", context(for: user)) } == 404)
        #expect(status { try controller.areaPage("34.02.01.20011", context(for: user)) } == 404)
        #expect(status { try controller.areaPage("34.02.01.2002", context(for: pendamping)) } == 200)
        #expect(status { try controller.areaPage("34.02.02", context(for: pendamping)) } == 404)
        #expect(status { try controller.areaPage("34.02.99", context(for: admin)) } == 404)
        #expect(status { try controller.areaPage("../34.02", context(for: admin)) } == 404)
    }

    @Test func withoutASignedInUserNothingIsShown() {
        #expect(status { try controller.treePage(RequestContext(requestID: "x")) } == 403)
    }
}

/// The same pages over loopback, signed in through the login form. They need the session layer
/// (the auth work) to pass.
@Suite struct AreaPagesTests {
    let app: TestApp

    init() throws {
        app = try TestApp()
    }

    private func signedIn(_ username: String, role: Role, areas: [String] = []) throws -> TestBrowser {
        try AreaPageUsers.insert(username, role: role, areas: areas, in: app.database.pool)
        let browser = app.browser()
        let response = try browser.login(username, AreaPageUsers.password)
        #expect(response.status == 303, "login of \(username) answered \(response.status)")
        return browser
    }

    @Test func anOperatorSeesItsOwnDesaOnly() throws {
        let browser = try signedIn("op.poncosari", role: .operator, areas: ["34.02.01.2001"])
        let own = try browser.get("/wilayah/34.02.01.2001")
        #expect(own.status == 200)
        #expect(own.text.contains("Poncosari"))
        #expect(try browser.get("/wilayah/34.02.01.2002").status == 404)
        #expect(try browser.get("/wilayah/34.02.01").status == 404)
        #expect(try browser.get("/wilayah/34.02").status == 404)
        let tree = try browser.get("/wilayah")
        #expect(tree.status == 200)
        #expect(tree.text.contains(#"href="/wilayah/34.02.01.2001""#))
        #expect(!tree.text.contains("Trimurti"))
    }

    @Test func aPendampingSeesItsKecamatanAndItsDesa() throws {
        let browser = try signedIn("pd.srandakan", role: .pendamping, areas: ["34.02.01"])
        #expect(try browser.get("/wilayah/34.02.01").status == 200)
        #expect(try browser.get("/wilayah/34.02.01.2002").status == 200)
        #expect(try browser.get("/wilayah/34.02.02").status == 404)
        #expect(try browser.get("/wilayah/34.02").status == 404)
    }

    @Test func anAdminSeesTheWholeTree() throws {
        let browser = try signedIn("admin.wilayah", role: .admin)
        let tree = try browser.get("/wilayah")
        #expect(tree.status == 200)
        #expect(tree.text.contains(#"<a href="/wilayah/34.02">Kabupaten Bantul</a>"#))
        #expect(tree.text.contains("Poncosari"))
        #expect(tree.text.contains("Argomulyo"))
        let kabupaten = try browser.get("/wilayah/34.02")
        #expect(kabupaten.status == 200)
        #expect(kabupaten.text.contains("Daftar Kapanewon"))
        #expect(try browser.get("/wilayah/34.02.99").status == 404)
    }

    @Test func anonymousVisitorsAreSentToTheLogin() throws {
        let response = try app.browser().get("/wilayah/34.02")
        #expect(response.status == 303)
        #expect(response.header("Location")?.hasPrefix("/login") == true)
    }
}
