import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// `/audit` and `/audit/:id` through the real application, signed in through `/login`.
@Suite struct AuditPagesTests {
    let app: TestApp
    let admin: TestBrowser

    /// TestApp's clock starts at 2026-11-18 11:06:40 UTC, 18:06 WIB.
    init() throws {
        app = try TestApp()
        try app.insertAccount("admin", role: .admin)
        admin = app.browser()
        #expect(try admin.login("admin", "sandi-yang-benar").status == 303)
    }

    var service: UserService {
        UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
    }

    /// The table's rows only (the filter selects list every action too).
    static func tableBody(_ page: RawHTTPClient.Response) -> String {
        guard let start = page.text.range(of: "<tbody>"), let end = page.text.range(of: "</tbody>") else { return "" }
        return String(page.text[start.upperBound..<end.lowerBound])
    }

    @discardableResult
    func createUser(_ username: String) throws -> User {
        try service.create(
            NewUser(username: username, fullName: "Petugas \(username)", role: .staf, password: "Sandi-Rahasia-1"), by: .cli)
    }

    @Test func theAdminSeesTheLoginAndAUserCreation() throws {
        let created = try createUser("petugas")
        let page = try admin.get("/audit")
        #expect(page.status == 200)
        for text in [
            "login.berhasil", "user.buat", "user #\(created.id)", "cli (baris perintah)", "Administrator",
            "Rabu, 18 November 2026 18.06 WIB", "1–2 dari 2", "aria-sort=\"descending\"",
            "href=\"?sort=waktu&amp;dir=asc\"", "href=\"?sort=aksi&amp;dir=asc\"", "name=\"dari\"", "type=\"date\"",
        ] {
            #expect(page.text.contains(text), "the list shows \(text)")
        }
        let rows = Self.tableBody(page)
        #expect(rows.firstRange(of: "user.buat")?.lowerBound ?? rows.endIndex
            < rows.firstRange(of: "login.berhasil")?.lowerBound ?? rows.startIndex, "newest first")
    }

    @Test func oneRowShowsItsChangesAndHash() throws {
        let created = try createUser("petugas")
        let id = try app.count("SELECT id FROM audit_log WHERE action = 'user.buat'")
        let row = try app.database.pool.read { try AuditStore.find(Int64(id), in: $0) }
        let page = try admin.get("/audit/\(id)")
        #expect(page.status == 200)
        for text in [
            "Catatan audit #\(id)", "<th scope=\"row\">full_name</th><td>—</td><td>Petugas petugas</td>",
            "<th scope=\"row\">password</th><td>—</td><td>(diubah)</td>", row?.rowHash ?? "?", row?.prevHash ?? "?",
            "href=\"/audit?entitas=user&amp;id_entitas=\(created.id)\"",
        ] {
            #expect(page.text.contains(text), "the row shows \(text)")
        }
        #expect(try admin.get("/audit/99999").status == 404)
        #expect(try admin.get("/audit/abc").status == 404)
    }

    @Test func aKasiMayOpenTheAuditButStafAndOperatorMayNot() throws {
        try app.insertAccount("kasi", role: .kasi)
        try app.insertAccount("staf", role: .staf)
        try app.insertAccount("operator", role: .operator, areas: ["34.02.01.2001"])
        let kasi = app.browser()
        try kasi.login("kasi", "sandi-yang-benar")
        #expect(try kasi.get("/audit").status == 200)
        #expect(try kasi.get("/audit/1").status == 200)
        for name in ["staf", "operator"] {
            let browser = app.browser()
            #expect(try browser.login(name, "sandi-yang-benar").status == 303)
            #expect(try browser.get("/audit").status == 403, "\(name) is refused")
            #expect(try browser.get("/audit/1").status == 403, "\(name) is refused")
        }
        let anonymous = try app.browser().get("/audit")
        #expect(anonymous.status == 303)
        #expect(anonymous.header("Location")?.hasPrefix("/login") == true)
    }

    @Test func filtersByActionUserAndEntity() throws {
        let created = try createUser("petugas")
        let failed = app.browser()
        try failed.login("admin", "salah-sandi")

        let logins = try admin.get("/audit?aksi=login.berhasil")
        #expect(logins.text.contains("1–1 dari 1"))
        #expect(!Self.tableBody(logins).contains("user.buat"))
        #expect(logins.text.contains("<option value=\"login.berhasil\" selected>"))
        let byAdmin = try admin.get("/audit?pengguna=ADMIN")
        #expect(byAdmin.text.contains("1–1 dari 1"), "the username matches ignoring case; the failed login had no user")
        let aboutUser = try admin.get("/audit?entitas=user&id_entitas=\(created.id)")
        #expect(aboutUser.text.contains("1–1 dari 1"))
        #expect(Self.tableBody(aboutUser).contains("user.buat"))
        let failures = try admin.get("/audit?aksi=login.gagal")
        #expect(Self.tableBody(failures).contains("tamu (belum masuk)"))
    }

    @Test func theDateRangeIsReadInWIBAndIncludesTheLastDay() throws {
        // 18 Nov 11:06 UTC (18.06 WIB): the admin's login. Six hours later it is 00.06 WIB on the 19th,
        // still the 18th in UTC; a day after that, the 20th.
        app.time.advance(by: 6 * 3600)
        try createUser("kemarin")
        app.time.advance(by: 24 * 3600)
        try createUser("hariini")
        // The session has expired by now; signing in again adds a login on the 20th.
        #expect(try admin.login("admin", "sandi-yang-benar").status == 303)

        let the18th = try admin.get("/audit?dari=2026-11-18&sampai=2026-11-18")
        #expect(the18th.text.contains("1–1 dari 1"))
        #expect(Self.tableBody(the18th).contains("login.berhasil"))
        let the19th = try admin.get("/audit?dari=2026-11-19&sampai=2026-11-19")
        #expect(the19th.text.contains("1–1 dari 1"))
        #expect(the19th.text.contains("Kamis, 19 November 2026 00.06 WIB"))
        let from19th = try admin.get("/audit?dari=2026-11-19&aksi=user.buat")
        #expect(from19th.text.contains("1–2 dari 2"))
        let until19th = try admin.get("/audit?sampai=2026-11-19&aksi=user.buat")
        #expect(until19th.text.contains("1–1 dari 1"))
        #expect(until19th.text.contains("href=\"?aksi=user.buat&amp;sampai=2026-11-19&amp;sort=waktu&amp;dir=asc\""),
                "sort links keep the filters")
    }

    @Test(arguments: [
        ("dari=2026-13-01", "Tanggal tidak dikenali; tulis seperti 2026-11-24."),
        ("sampai=kemarin", "Tanggal tidak dikenali; tulis seperti 2026-11-24."),
        ("dari=2026-02-30", "Tanggal tidak dikenali; tulis seperti 2026-11-24."),
        ("dari=2026-11-20&sampai=2026-11-19", "Tanggal akhir tidak boleh sebelum tanggal awal."),
        ("pengguna=tidak.ada", "Tidak ada pengguna dengan nama ini."),
        ("aksi=%27%20OR%201%3D1%20--", "Pilih salah satu dari daftar."),
        ("entitas=users%3B", "Pilih salah satu dari daftar."),
    ])
    func aFilterThatDoesNotHoldIsAMessageBesideItsField(query: String, message: String) throws {
        let page = try admin.get("/audit?\(query)")
        #expect(page.status == 200)
        #expect(page.text.contains("<p class=\"field-error\""))
        #expect(page.text.contains(message))
        #expect(page.text.contains("Periksa penyaring yang ditandai"))
        #expect(!page.text.contains("<tbody>"), "no rows while a filter does not hold")
    }

    @Test func theListIsPagedByFiftyKeepingFiltersAndSort() throws {
        try app.database.pool.write { db in
            for index in 0..<60 {
                try AuditLog.record(
                    AuditEntry(action: "uji.baris", entity: "uji", entityID: String(index)), by: .system, in: db,
                    at: app.environment.clock.now.addingTimeInterval(Double(index)))
            }
        }
        let first = try admin.get("/audit?aksi=uji.baris&sort=entitas&dir=asc")
        #expect(first.text.contains("1–50 dari 60"))
        #expect(first.text.contains("href=\"?aksi=uji.baris&amp;sort=entitas&amp;dir=asc&amp;halaman=2\""))
        #expect(first.text.contains("uji #0<"))
        let second = try admin.get("/audit?aksi=uji.baris&sort=entitas&dir=asc&halaman=2")
        #expect(second.text.contains("51–60 dari 60"))
        #expect(second.text.contains("uji #9<"), "entity ids sort as text: 0, 1, 10 … 9 last")
        #expect(!second.text.contains("uji #0<"))
        #expect(try admin.get("/audit?halaman=9223372036854775807").status == 200, "a huge page number is an empty page")
        #expect(try admin.get("/audit?sort=at;DROP&dir=x").status == 200)
    }
}
