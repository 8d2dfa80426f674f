import Core
import Dashboard
import Database
import Foundation
import Testing
import TestSupport

/// `/dasbor` through the real application: every role that should open it can, the page stays
/// light, its charts keep to the CSP, and an operator sees only its own kalurahan.
@Suite struct DashboardPageTests {
    static let password = "Sandi-Rahasia-1"
    typealias F = SummaryFixture

    /// Households in Poncosari (two PBI APBD members) and Trimurti (three), the test workflow's
    /// items, and one user per role.
    final class Office {
        let app: TestApp

        init() throws {
            app = try TestApp(start: TestWorkflow.now) { environment in
                environment.dashboard.workflows = [TestWorkflow.source]
            }
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [F.poncosari]), ("pendamping", .pendamping, ["34.02.03"]),
                ("kasi", .kasi, []), ("kadis", .kadis, []), ("admin", .admin, []), ("staf", .staf, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: DashboardPageTests.password),
                    by: .cli)
            }
            try app.environment.pool.write { db in
                try F.household(1, desa: F.poncosari, total: 30, jkn: "pbi_apbd", in: db)
                try F.household(2, desa: F.poncosari, total: 70, jkn: "pbi_apbd", in: db)
                try F.household(3, desa: F.poncosari, in: db)
                for id in Int64(4)...6 { try F.household(id, desa: F.trimurti, total: 50, jkn: "pbi_apbd", in: db) }
                try TestWorkflow.insertItems(in: db)
            }
        }

        func page(as username: String) throws -> String {
            let browser = app.browser()
            let login = try browser.login(username, DashboardPageTests.password)
            #expect(login.status == 303, "signing in as \(username)")
            let page = try browser.get("/dasbor")
            #expect(page.status == 200, "\(username) opens the dashboard")
            #expect(page.body.count < 100_000, "\(username): \(page.body.count) bytes")
            return page.text
        }
    }

    @Test(arguments: ["kasi", "kadis", "op.poncosari", "pendamping", "staf", "admin"])
    func everyRoleOpensALightPageWithAccessibleCharts(username: String) throws {
        let office = try Office()
        let html = try office.page(as: username)
        #expect(html.contains("<h1>Dasbor</h1>"))
        #expect(!html.contains("style="), "no style attribute anywhere (CSP)")
        #expect(!html.contains("<style"))
        #expect(!html.contains("<script"))
        #expect(html.contains(#"<a href="/dasbor" aria-current="page">Dasbor</a>"#))
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(charts >= 1, "\(username): \(charts) charts")
        #expect(html.components(separatedBy: #"role="img""#).count - 1 == charts)
        #expect(html.components(separatedBy: "<title id=").count - 1 == charts)
    }

    @Test func theDistrictSeesEveryKalurahanAndTheWholeQueue() throws {
        let html = try Office().page(as: "kasi")
        #expect(html.contains("Seluruh wilayah kerja dinas."))
        #expect(html.contains("<dt>Anggota aktif</dt><dd>5</dd>"))
        #expect(html.contains("<dt>Biaya per bulan</dt><dd>Rp 210.000</dd>"))
        #expect(html.contains("<dt>Keluarga aktif</dt><dd><a href=\"/keluarga\">6</a></dd>"))
        #expect(html.contains(#"<a href="/uji?status=diajukan">Menunggu verifikasi</a></td><td>1 jam</td><td class="num">3</td>"#))
        #expect(html.contains("Srandakan"), "grouped by kapanewon")
        let first = html.range(of: ">#3</a>")
        let second = html.range(of: ">#1</a>")
        #expect(first != nil && second != nil)
        if let first, let second { #expect(first.lowerBound < second.lowerBound, "oldest first") }
    }

    @Test func anOperatorCountsOnlyItsKalurahan() throws {
        let html = try Office().page(as: "op.poncosari")
        #expect(html.contains("Wilayah kerja Anda: Kalurahan Poncosari."))
        #expect(html.contains("<dt>Anggota aktif</dt><dd>2</dd>"))
        #expect(html.contains("<dt>Biaya per bulan</dt><dd>Rp 84.000</dd>"))
        #expect(html.contains("<dt>Keluarga aktif</dt><dd><a href=\"/keluarga\">3</a></dd>"))
        #expect(html.contains("<dt>Cakupan</dt><dd>67%</dd>"))
        #expect(html.contains(#"<a href="/uji?status=diajukan">Menunggu verifikasi</a></td><td>1 jam</td><td class="num">2</td>"#))
        #expect(html.contains(">#1</a>"))
        #expect(!html.contains(">#3</a>"), "Trimurti's overdue item")
        #expect(!html.contains("Trimurti"))
    }

    @Test func aPendampingOfAnotherKapanewonSeesNoneOfThese() throws {
        let html = try Office().page(as: "pendamping")
        #expect(html.contains("<dt>Anggota aktif</dt><dd>0</dd>"))
        #expect(!html.contains("Poncosari"))
        #expect(!html.contains("Trimurti"))
        #expect(!html.contains(">#1</a>"))
    }

    @Test func signedOutVisitorsAreSentToTheLoginPage() throws {
        let office = try Office()
        let answer = try office.app.browser().get("/dasbor")
        #expect(answer.status == 303)
    }

    @Test(arguments: ["kasi", "kadis"])
    func theDashboardIsTheFirstShortcutOnTheHomePage(username: String) throws {
        let office = try Office()
        let browser = office.app.browser()
        _ = try browser.login(username, Self.password)
        let home = try browser.get("/")
        #expect(home.status == 200)
        let first = home.text.components(separatedBy: #"<a class="card card-link" href=""#).dropFirst().first
        #expect(first?.hasPrefix(#"/dasbor"><h3>Dasbor</h3>"#) == true)
    }
}
