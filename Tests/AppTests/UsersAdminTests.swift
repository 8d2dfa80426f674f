import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The admin's user pages through the real application: signed in through `/login`, CSRF token
/// from the last page, as a browser does.
@Suite struct UsersAdminTests {
    static let password = "Sandi-Rahasia-1"

    /// A running app with a signed-in admin (`admin`) and a browser holding its session.
    final class Office {
        let app: TestApp
        let browser: TestBrowser
        let service: UserService
        let admin: User

        init() throws {
            app = try TestApp()
            service = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            admin = try service.create(
                NewUser(username: "admin", fullName: "Admin Dinas", role: .admin, password: UsersAdminTests.password), by: .cli)
            browser = app.browser()
            let login = try browser.login("admin", UsersAdminTests.password)
            #expect(login.status == 303, "signing in as admin")
        }

        @discardableResult
        func create(_ username: String, role: Role = .staf, areas: [String] = [], fullName: String = "Petugas") throws -> User {
            try service.create(
                NewUser(username: username, fullName: fullName, role: role, areaCodes: areas, password: UsersAdminTests.password),
                by: .cli)
        }

        func stored(_ id: Int64) throws -> User? {
            try app.environment.pool.read { try UserStore.find(id, in: $0) }
        }

        func stored(username: String) throws -> User? {
            try app.environment.pool.read { try UserStore.find(username: username, in: $0) }
        }
    }

    @Test func theListShowsEachAccountWithRoleAreasAndStatus() throws {
        let office = try Office()
        try office.create("op.poncosari", role: .operator, areas: ["34.02.01.2001"], fullName: "Siti Aminah")
        try office.create("pendamping", role: .pendamping, areas: ["34.02.01"])
        let retired = try office.create("pensiun", fullName: "Sudah Pensiun")
        _ = try office.service.deactivate(retired.id, by: .cli)

        let page = try office.browser.get("/admin/pengguna")
        #expect(page.status == 200)
        for text in [
            "op.poncosari", "Siti Aminah", "Operator Kalurahan", "Kalurahan Poncosari", "Kapanewon Srandakan",
            "Seluruh wilayah", "badge-ok", "badge-danger", "Nonaktif", "href=\"/admin/pengguna/baru\"",
        ] {
            #expect(page.text.contains(text), "the list shows \(text)")
        }
    }

    @Test func theListSearchesByNameAndFiltersByRoleAndStatus() throws {
        let office = try Office()
        try office.create("budi.s", fullName: "Budi Santoso")
        try office.create("sari", role: .kasi, fullName: "Sari Wulandari")
        try office.create("op.trimurti", role: .operator, areas: ["34.02.01.2002"], fullName: "Joko")

        let search = try office.browser.get("/admin/pengguna?q=santoso")
        #expect(search.text.contains("budi.s"))
        #expect(!search.text.contains(">sari<"))
        let byRole = try office.browser.get("/admin/pengguna?peran=operator")
        #expect(byRole.text.contains("op.trimurti"))
        #expect(!byRole.text.contains("budi.s"))
        let inactive = try office.browser.get("/admin/pengguna?status=nonaktif")
        #expect(inactive.text.contains("Tidak ada pengguna"))
    }

    @Test func theListIsPagedAndKeepsItsFiltersInThePagerLinks() throws {
        let office = try Office()
        for number in 1...30 { try office.create(String(format: "staf%02d", number)) }
        let first = try office.browser.get("/admin/pengguna?peran=staf")
        #expect(first.text.contains("1–25 dari 30"))
        #expect(first.text.contains("?peran=staf&amp;halaman=2"))
        let second = try office.browser.get("/admin/pengguna?peran=staf&halaman=2")
        #expect(second.text.contains("26–30 dari 30"))
        #expect(second.text.contains("staf30"))
        #expect(!second.text.contains("staf01"))
    }

    @Test func creatingAnOperatorRedirectsToTheListWithAMessage() throws {
        let office = try Office()
        let form = try office.browser.get("/admin/pengguna/baru")
        #expect(form.status == 200)
        #expect(form.text.contains("name=\"csrf_token\""))
        #expect(form.text.contains("Poncosari"))
        #expect(form.text.contains("name=\"area_desa_list\""))

        let created = try office.browser.post("/admin/pengguna/baru", [
            ("username", "op.poncosari"), ("full_name", "Siti Aminah"), ("role", "operator"),
            ("area_desa", "34.02.01.2001"), ("area_kecamatan", ""), ("password", Self.password),
            ("password_confirmation", Self.password),
        ])
        #expect(created.status == 303)
        #expect(created.header("Location") == "/admin/pengguna")
        let user = try #require(try office.stored(username: "op.poncosari"))
        #expect(user.areaCodes == ["34.02.01.2001"])
        #expect(user.fullName == "Siti Aminah")

        let list = try office.browser.get("/admin/pengguna")
        #expect(list.text.contains("Pengguna op.poncosari dibuat."))
    }

    @Test func aPendampingMayBeGivenSeveralDesaByTickingThem() throws {
        let office = try Office()
        try office.browser.get("/admin/pengguna/baru")
        let created = try office.browser.post("/admin/pengguna/baru", [
            ("username", "pendamping"), ("full_name", "Fajar"), ("role", "pendamping"), ("area_desa", "34.02.03.2002"),
            ("area_desa_list", "34.02.01.2001"), ("area_desa_list", "34.02.01.2002"),
            ("password", Self.password), ("password_confirmation", Self.password),
        ])
        #expect(created.status == 303)
        // The operator's select is ignored for a pendamping.
        #expect(try office.stored(username: "pendamping")?.areaCodes == ["34.02.01.2001", "34.02.01.2002"])
    }

    @Test func aRefusedFormComesBackWithMessagesBesideTheFieldsAndTheValuesKept() throws {
        let office = try Office()
        try office.create("budi")
        try office.browser.get("/admin/pengguna/baru")
        let refused = try office.browser.post("/admin/pengguna/baru", [
            ("username", "BUDI"), ("full_name", "Budi Kedua"), ("role", "operator"), ("area_desa", ""),
            ("password", "Sandi-Rahasia-9"), ("password_confirmation", "Sandi-Lain-999"),
        ])
        #expect(refused.status == 422)
        for text in [
            UserRules.usernameTaken, "Kedua kata sandi tidak sama.", "Operator ditugaskan ke tepat satu Kalurahan.",
            "value=\"BUDI\"", "value=\"Budi Kedua\"", "<option value=\"operator\" selected>", "field-invalid",
        ] {
            #expect(refused.text.contains(text), "the form shows \(text)")
        }
        #expect(!refused.text.contains("Sandi-Rahasia-9"), "passwords are not sent back")
        #expect(try office.app.environment.pool.read { try UserStore.count(in: $0) } == 2)
    }

    @Test func anEditIsSavedAndAStaleEditIsRefusedWithoutLosingTheInput() throws {
        let office = try Office()
        let user = try office.create("petugas", fullName: "Nama Lama")
        let form = try office.browser.get("/admin/pengguna/\(user.id)")
        #expect(form.status == 200)
        #expect(form.text.contains("name=\"version\" value=\"1\""))

        // Someone else saves first.
        _ = try office.service.edit(user.id, UserEdit(fullName: "Nama Orang Lain", role: .staf, areaCodes: [], version: 1), by: .cli)

        let stale = try office.browser.post("/admin/pengguna/\(user.id)", [
            ("full_name", "Nama Saya"), ("role", "kasi"), ("version", "1"),
        ])
        #expect(stale.status == 409)
        #expect(stale.text.contains("telah diubah orang lain"))
        #expect(stale.text.contains("Nama Orang Lain"), "the stored values are shown")
        #expect(stale.text.contains("value=\"Nama Saya\""), "the typed values are kept")
        #expect(stale.text.contains("name=\"version\" value=\"2\""))
        #expect(try office.stored(user.id)?.fullName == "Nama Orang Lain")

        let saved = try office.browser.post("/admin/pengguna/\(user.id)", [
            ("full_name", "Nama Saya"), ("role", "kasi"), ("version", "2"),
        ])
        #expect(saved.status == 303)
        #expect(try office.stored(user.id)?.role == .kasi)
    }

    @Test func deactivationSignsTheUserOutAndReactivationLetsThemBackIn() throws {
        let office = try Office()
        let user = try office.create("petugas")
        let theirs = office.app.browser()
        #expect(try theirs.login("petugas", Self.password).status == 303)
        #expect(try theirs.get("/admin/pengguna").status == 403, "signed in, without the permission")

        try office.browser.get("/admin/pengguna/\(user.id)")
        let off = try office.browser.post("/admin/pengguna/\(user.id)/nonaktifkan", [])
        #expect(off.status == 303)
        #expect(off.header("Location") == "/admin/pengguna/\(user.id)")
        #expect(try office.stored(user.id)?.isActive == false)
        #expect(try theirs.get("/admin/pengguna").status == 303, "their session ended: sent to /login")
        #expect(try office.browser.get("/admin/pengguna/\(user.id)").text.contains("Aktifkan kembali"))

        let on = try office.browser.post("/admin/pengguna/\(user.id)/aktifkan", [])
        #expect(on.status == 303)
        #expect(try office.stored(user.id)?.isActive == true)
    }

    @Test func anAdminCannotDeactivateThemself() throws {
        let office = try Office()
        let page = try office.browser.get("/admin/pengguna/\(office.admin.id)")
        #expect(!page.text.contains("/nonaktifkan"), "no button for oneself")
        let refused = try office.browser.post("/admin/pengguna/\(office.admin.id)/nonaktifkan", [])
        #expect(refused.status == 303)
        #expect(try office.stored(office.admin.id)?.isActive == true)
        #expect(try office.browser.get("/admin/pengguna/\(office.admin.id)").text.contains("tidak dapat menonaktifkan"))
    }

    @Test func aPasswordResetTakesEffectAtOnce() throws {
        let office = try Office()
        let user = try office.create("petugas")
        let form = try office.browser.get("/admin/pengguna/\(user.id)/sandi")
        #expect(form.status == 200)
        let mismatch = try office.browser.post("/admin/pengguna/\(user.id)/sandi", [
            ("password", "Sandi-Baru-123"), ("password_confirmation", "Sandi-Baru-124"),
        ])
        #expect(mismatch.status == 422)
        #expect(mismatch.text.contains("Kedua kata sandi tidak sama."))

        let reset = try office.browser.post("/admin/pengguna/\(user.id)/sandi", [
            ("password", "Sandi-Baru-123"), ("password_confirmation", "Sandi-Baru-123"),
        ])
        #expect(reset.status == 303)
        #expect(try office.app.browser().login("petugas", "Sandi-Baru-123").status == 303)
        #expect(try office.app.browser().login("petugas", Self.password).status != 303)
    }

    @Test(arguments: ["/admin/pengguna/999", "/admin/pengguna/abc", "/admin/pengguna/999/sandi"])
    func unknownAccountsAreNotFound(path: String) throws {
        let office = try Office()
        #expect(try office.browser.get(path).status == 404)
    }

    @Test func postsToUnknownAccountsAreNotFound() throws {
        let office = try Office()
        try office.browser.get("/admin/pengguna")
        #expect(try office.browser.post("/admin/pengguna/999/nonaktifkan", []).status == 404)
        try office.browser.get("/admin/pengguna")
        #expect(try office.browser.post("/admin/pengguna/999", [("full_name", "X"), ("role", "staf"), ("version", "1")]).status == 404)
    }

    @Test func onlyAdminsMayOpenThePages() throws {
        let office = try Office()
        try office.create("staf")
        let staf = office.app.browser()
        #expect(try staf.login("staf", Self.password).status == 303)
        #expect(try staf.get("/admin/pengguna").status == 403)
        #expect(try office.app.browser().get("/admin/pengguna").status == 303, "anonymous visitors go to /login")
    }

    @Test func aFormPostedWithoutItsCSRFTokenCreatesNothing() throws {
        let office = try Office()
        try office.browser.get("/admin/pengguna/baru")
        let forged = try office.browser.post("/admin/pengguna/baru", [
            ("username", "penyusup"), ("full_name", "P"), ("role", "admin"), ("password", Self.password),
            ("password_confirmation", Self.password),
        ], csrf: false)
        #expect(forged.status != 303)
        #expect(forged.status >= 400)
        #expect(try office.stored(username: "penyusup") == nil)
    }
}
