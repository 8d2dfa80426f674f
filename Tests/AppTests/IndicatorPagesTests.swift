import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The indicator pages (`/sidamesra/indikator`) through the real application, signed in through
/// `/login` with the CSRF token of the last page, as a browser does.
@Suite struct IndicatorPagesTests {
    static let password = "Sandi-Rahasia-1"

    final class Office {
        let app: TestApp
        let users: UserService

        init() throws {
            app = try TestApp()
            users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
        }

        /// A browser signed in as a new account with `role`.
        func signedIn(_ username: String, role: Role, areas: [String] = []) throws -> TestBrowser {
            _ = try users.create(
                NewUser(username: username, fullName: "Uji \(username)", role: role, areaCodes: areas, password: IndicatorPagesTests.password),
                by: .cli)
            let browser = app.browser()
            #expect(try browser.login(username, IndicatorPagesTests.password).status == 303, "signing in as \(username)")
            return browser
        }

        /// (id, status) of every set, by id.
        func sets() throws -> [(Int64, String)] {
            try app.environment.pool.read { db in
                try db.query("SELECT id, status FROM indicator_sets ORDER BY id").map { (try $0.get(0), try $0.get(1)) }
            }
        }

        func scalar<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> T {
            try app.environment.pool.read { try $0.scalar(type, sql, arguments) }
        }
    }

    @Test func stafSeeTheSetsWithTheExampleLabelAndOneSetByTheme() throws {
        let office = try Office()
        let staf = try office.signedIn("staf", role: .staf)
        let home = try staf.get("/")
        #expect(home.text.contains("href=\"/sidamesra/indikator\""), "the menu offers Indikator IKS")
        #expect(home.text.contains("Indikator IKS"))

        let list = try staf.get("/sidamesra/indikator")
        #expect(list.status == 200)
        for text in ["Contoh — ganti dengan tabel resmi IKS", "badge-ok", "Aktif", "Contoh", "15 Mei 2023", ">27<"] {
            #expect(list.text.contains(text), "the list shows \(text)")
        }
        let page = try staf.get("/sidamesra/indikator/1")
        #expect(page.status == 200)
        for text in [
            "Perumahan", "Sanitasi &amp; Air", "Perlindungan Sosial", "RMH01", "Kurang dari 8 m² per orang",
            "band-sangat-miskin", "band-mampu", "Sangat Miskin", "Rentan Miskin", "23–108",
            "Contoh — ganti dengan tabel resmi IKS.",
        ] {
            #expect(page.text.contains(text), "the set page shows \(text)")
        }
        #expect(!page.text.contains("/salin"), "staf may not copy")
        #expect(!page.text.contains("style="), "no inline styles under the CSP")
    }

    @Test(arguments: [Role.operator, .pendamping])
    func fieldRolesAreRefused(role: Role) throws {
        let office = try Office()
        let areas = role == .operator ? ["34.02.01.2001"] : ["34.02.01"]
        let browser = try office.signedIn("lapangan", role: role, areas: areas)
        #expect(try browser.get("/sidamesra/indikator").status == 403)
        #expect(try browser.get("/sidamesra/indikator/1").status == 403)
        #expect(try office.app.browser().get("/sidamesra/indikator").status == 303, "anonymous visitors go to /login")
    }

    @Test func stafMayNotCopyOrActivate() throws {
        let office = try Office()
        let staf = try office.signedIn("staf", role: .staf)
        try staf.get("/sidamesra/indikator/1")
        #expect(try staf.post("/sidamesra/indikator/1/salin", []).status == 403)
        #expect(try staf.get("/sidamesra/indikator/1/aktifkan").status == 403)
        #expect(try office.sets().count == 1)
    }

    @Test func anAdminCopiesEditsAndActivatesAfterConfirming() throws {
        let office = try Office()
        let admin = try office.signedIn("admin", role: .admin)
        try admin.get("/sidamesra/indikator/1")
        let copied = try admin.post("/sidamesra/indikator/1/salin", [])
        #expect(copied.status == 303)
        #expect(copied.header("Location") == "/sidamesra/indikator/2")
        let draft = try admin.get("/sidamesra/indikator/2")
        #expect(draft.text.contains("Draf baru dibuat"))
        #expect(draft.text.contains("Draf"))
        #expect(draft.text.contains("/sidamesra/indikator/2/aktifkan"))

        let indicatorID = try office.scalar(Int64.self, "SELECT id FROM indicators WHERE set_id = 2 AND code = 'SAN02'")
        let form = try admin.get("/sidamesra/indikator/2/indikator/\(indicatorID)")
        #expect(form.status == 200)
        #expect(form.text.contains("Air ledeng/PDAM atau air kemasan"))
        let optionIDs: [Int64] = try office.app.environment.pool.read { db in
            try db.query("SELECT id FROM indicator_options WHERE indicator_id = ? ORDER BY position", [indicatorID]).map { try $0.get(0) }
        }
        var fields: [(String, String)] = [
            ("version", "1"), ("theme", "Sanitasi & Air"), ("question", "Sumber air minum utama?"), ("help_text", ""),
            ("position", "7"),
        ]
        for (index, id) in optionIDs.enumerated() {
            fields.append(("option_\(id)_label", "Pilihan \(index + 1)"))
            fields.append(("option_\(id)_points", String(index + 1)))
        }
        let saved = try admin.post("/sidamesra/indikator/2/indikator/\(indicatorID)", fields)
        #expect(saved.status == 303)
        #expect(try office.scalar(String.self, "SELECT question FROM indicators WHERE id = ?", [indicatorID]) == "Sumber air minum utama?")

        let confirm = try admin.get("/sidamesra/indikator/2/aktifkan")
        #expect(confirm.status == 200)
        #expect(confirm.text.contains("Ya, aktifkan"))
        #expect(confirm.text.contains("menjadi tidak berlaku"))
        let activated = try admin.post("/sidamesra/indikator/2/aktifkan", [("version", "2")])
        #expect(activated.status == 303)
        #expect(try office.sets().map(\.1) == ["retired", "active"])
        let after = try admin.get("/sidamesra/indikator/2")
        #expect(after.text.contains("sekarang aktif"))
        #expect(try office.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE entity = 'indicator_set'") == 4)
    }

    @Test func aWrongFieldIsShownNextToItWithTheInputKept() throws {
        let office = try Office()
        let kasi = try office.signedIn("kasi", role: .kasi)
        try kasi.get("/sidamesra/indikator/1")
        #expect(try kasi.post("/sidamesra/indikator/1/salin", []).status == 303)
        let bands: [(Int64, String)] = try office.app.environment.pool.read { db in
            try db.query("SELECT id, name FROM category_bands WHERE set_id = 2 ORDER BY min_score").map { (try $0.get(0), try $0.get(1)) }
        }
        try kasi.get("/sidamesra/indikator/2/kategori")
        let ranges = [("23", "43"), ("40", "65"), ("66", "86"), ("87", "lima")]
        var fields: [(String, String)] = [("version", "1")]
        for ((id, name), (low, high)) in zip(bands, ranges) {
            fields += [("band_\(id)_name", name), ("band_\(id)_min", low), ("band_\(id)_max", high), ("band_\(id)_colour", "netral")]
        }
        let refused = try kasi.post("/sidamesra/indikator/2/kategori", fields)
        #expect(refused.status == 422)
        #expect(refused.text.contains("Isi dengan bilangan bulat."))
        #expect(refused.text.contains("value=\"lima\""), "the typed value is kept")
        #expect(refused.text.contains("id=\"f-band_\(bands[3].0)_max-error\""), "the error sits next to its field")

        fields = fields.map { $0.0 == "band_\(bands[3].0)_max" ? ($0.0, "108") : $0 }
        try kasi.get("/sidamesra/indikator/2/kategori")
        let overlapping = try kasi.post("/sidamesra/indikator/2/kategori", fields)
        #expect(overlapping.status == 422)
        #expect(overlapping.text.contains("tumpang tindih"))
        #expect(try office.scalar(Int.self, "SELECT min_score FROM category_bands WHERE id = ?", [bands[1].0]) == 44)
    }

    @Test func theActiveSetHasNoEditForms() throws {
        let office = try Office()
        let admin = try office.signedIn("admin", role: .admin)
        #expect(try admin.get("/sidamesra/indikator/1/ubah").status == 409)
        #expect(try admin.get("/sidamesra/indikator/1/kategori").status == 409)
        #expect(try admin.get("/sidamesra/indikator/99").status == 404)
        let page = try admin.get("/sidamesra/indikator/1")
        #expect(!page.text.contains("/sidamesra/indikator/1/ubah"))
        let posted = try admin.post("/sidamesra/indikator/1/ubah", [
            ("version", "1"), ("name", "Diubah"), ("effective_date", "2026-01-01"), ("legal_basis", ""), ("notes", ""),
        ])
        #expect(posted.status == 303)
        #expect(try office.scalar(String.self, "SELECT name FROM indicator_sets WHERE id = 1") == "Contoh — ganti dengan tabel resmi IKS")
    }

    @Test func aDraftSavedMeanwhileIsNotOverwrittenAndTheInputIsKept() throws {
        let office = try Office()
        let admin = try office.signedIn("admin", role: .admin)
        try admin.get("/sidamesra/indikator/1")
        #expect(try admin.post("/sidamesra/indikator/1/salin", []).status == 303)
        let form = try admin.get("/sidamesra/indikator/2/ubah")
        #expect(form.text.contains("name=\"version\" value=\"1\""))
        let first = try admin.post("/sidamesra/indikator/2/ubah", [
            ("version", "1"), ("name", "IKS Bantul 2026"), ("legal_basis", "Perbup Nomor 1 Tahun 2026"),
            ("effective_date", "2026-01-01"), ("notes", ""),
        ])
        #expect(first.status == 303)
        try admin.get("/sidamesra/indikator/2/ubah")
        let late = try admin.post("/sidamesra/indikator/2/ubah", [
            ("version", "1"), ("name", "Nama terlambat"), ("legal_basis", ""), ("effective_date", "2026-02-01"),
            ("notes", ""), ("is_example", "1"),
        ])
        #expect(late.status == 409)
        #expect(late.text.contains("telah diubah orang lain"))
        #expect(late.text.contains("value=\"Nama terlambat\""), "the late input is kept")
        #expect(late.text.contains("name=\"version\" value=\"2\""), "a second save goes through")
        #expect(try office.scalar(String.self, "SELECT name FROM indicator_sets WHERE id = 2") == "IKS Bantul 2026")
        #expect(try office.scalar(Int.self, "SELECT is_example FROM indicator_sets WHERE id = 2") == 0)
    }

    @Test func aDraftWhoseBandsDoNotFitIsNotOfferedForActivation() throws {
        let office = try Office()
        let admin = try office.signedIn("admin", role: .admin)
        try admin.get("/sidamesra/indikator/1")
        #expect(try admin.post("/sidamesra/indikator/1/salin", []).status == 303)
        try office.app.environment.pool.write { db in
            try db.execute(
                """
                UPDATE indicator_options SET points = points + 1
                WHERE indicator_id = (SELECT id FROM indicators WHERE set_id = 2 AND code = 'RMH01')
                """)
        }
        let page = try admin.get("/sidamesra/indikator/2")
        #expect(page.text.contains("belum dapat diaktifkan"))
        #expect(page.text.contains("harus berakhir di skor 109"))
        let confirm = try admin.get("/sidamesra/indikator/2/aktifkan")
        #expect(!confirm.text.contains("Ya, aktifkan"))
        let forced = try admin.post("/sidamesra/indikator/2/aktifkan", [("version", "1")])
        #expect(forced.status == 303)
        #expect(try admin.get("/sidamesra/indikator/2").text.contains("flash-error"))
        #expect(try office.sets().map(\.1) == ["active", "draft"])
    }

    @Test func kadisMayReadButNotManage() throws {
        let office = try Office()
        let kadis = try office.signedIn("kadis", role: .kadis)
        #expect(try kadis.get("/sidamesra/indikator/1").status == 200)
        #expect(try kadis.get("/sidamesra/indikator/1/kategori").status == 403)
    }

    @Test func aPostWithoutItsCSRFTokenChangesNothing() throws {
        let office = try Office()
        let admin = try office.signedIn("admin", role: .admin)
        try admin.get("/sidamesra/indikator/1")
        let forged = try admin.post("/sidamesra/indikator/1/salin", [], csrf: false)
        #expect(forged.status >= 400)
        #expect(try office.sets().count == 1)

        #expect(try admin.post("/sidamesra/indikator/1/salin", []).status == 303)
        try admin.get("/sidamesra/indikator/2/aktifkan")
        let forgedActivation = try admin.post("/sidamesra/indikator/2/aktifkan", [("version", "1")], csrf: false)
        #expect(forgedActivation.status >= 400)
        #expect(try office.sets().map(\.1) == ["active", "draft"])
    }
}
