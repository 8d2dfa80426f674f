@testable import App
import Core
import Testing
import TestSupport

/// The home page says who is signed in, where they work and what their role may open.
@Suite struct HomePageTests {
    let app: TestApp

    init() throws { app = try TestApp() }

    private func home(of username: String, role: Role, areas: [String] = []) throws -> String {
        try AreaPageUsers.insert(username, role: role, areas: areas, in: app.environment.pool)
        let browser = app.browser()
        #expect(try browser.login(username, AreaPageUsers.password).status == 303)
        let page = try browser.get("/")
        #expect(page.status == 200)
        return page.text
    }

    @Test func anOperatorSeesItsKalurahanAndOnlyItsShortcuts() throws {
        let html = try home(of: "op.poncosari", role: .operator, areas: ["34.02.01.2001"])
        #expect(html.contains("Selamat datang, Uji op.poncosari"))
        #expect(html.contains("Operator Kalurahan"))
        #expect(html.contains("Wilayah kerja Anda"))
        #expect(html.contains("href=\"/wilayah/34.02.01.2001\""))
        #expect(html.contains("href=\"/wilayah\""))
        #expect(!html.contains("href=\"/admin/pengguna\""))
        #expect(!html.contains("href=\"/audit\""))
    }

    @Test func anAdminSeesTheAdministrationShortcutsAndNoWorkArea() throws {
        let html = try home(of: "admin.uji", role: .admin)
        #expect(html.contains("Administrator"))
        #expect(!html.contains("Wilayah kerja Anda"))
        #expect(html.contains("<h3>Pengguna</h3>"))
        #expect(html.contains("<h3>Pengaturan</h3>"))
        #expect(html.contains("<h3>Jejak Audit</h3>"))
    }

    @Test func aKasiSeesTheAuditButNotTheUserAdministration() throws {
        let html = try home(of: "kasi.uji", role: .kasi)
        #expect(html.contains("Kepala Seksi"))
        #expect(html.contains("<h3>Jejak Audit</h3>"))
        #expect(!html.contains("<h3>Pengguna</h3>"))
    }

    @Test func anonymousVisitorsAreSentToTheLogin() throws {
        let response = try app.browser().get("/")
        #expect(response.status == 303)
        #expect(response.header("Location")?.hasPrefix("/login") == true)
    }
}
