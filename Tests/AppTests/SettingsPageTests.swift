@testable import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The settings page and `/logo` through the real application, signed in through `/login`
/// with the CSRF token from the last page, as a browser does.
@Suite struct SettingsPageTests {
    static let password = "kata-sandi-uji-2024"
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("\0\0\0\rIHDR logo dinas".utf8)

    /// A running app with a signed-in admin.
    final class Office {
        let app: TestApp
        let browser: TestBrowser

        init() throws {
            app = try TestApp()
            try Self.insertUser("admin", role: .admin, in: app.environment.pool)
            browser = app.browser()
            #expect(try browser.login("admin", SettingsPageTests.password).status == 303)
        }

        static func insertUser(_ username: String, role: Role, areas: [String] = [], in pool: DatabasePool) throws {
            let hash = try PasswordHasher.testing.hash(SettingsPageTests.password)
            try pool.write { db in
                let now = "2026-11-24T08:00:00Z"
                try db.execute(
                    """
                    INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    [username, "Uji \(username)", role.rawValue, hash, now, now, now])
                for area in areas {
                    try db.execute(
                        "INSERT INTO user_areas (user_id, area_code) SELECT id, ? FROM users WHERE username = ?", [area, username])
                }
            }
        }

        /// The settings form's fields as the page shows them now, with `changes` applied.
        func formFields(_ changes: [String: String] = [:]) throws -> [(String, String)] {
            let page = try browser.get("/admin/pengaturan")
            #expect(page.status == 200)
            let settings = app.environment.settings.current
            var fields: [(String, String)] = [
                (SettingsKey.version, try #require(Self.hiddenValue("versi", in: page.text))),
                (SettingsKey.instansiName, settings.instansiName), (SettingsKey.addressLines, settings.addressLines),
                (SettingsKey.phone, settings.phone), (SettingsKey.email, settings.email),
                (SettingsKey.website, settings.website), (SettingsKey.kepalaDinasName, settings.kepalaDinasName),
                (SettingsKey.kepalaDinasTitle, settings.kepalaDinasTitle),
                (SettingsKey.kepalaDinasNIP, settings.kepalaDinasNIP), (SettingsKey.kecamatanWord, settings.kecamatanWord),
                (SettingsKey.desaWord, settings.desaWord), (SettingsKey.dusunWord, settings.dusunWord),
                (SettingsKey.timeZone, settings.timeZone),
                (SettingsKey.officeOpens, TimeOfDay.text(settings.officeOpensMinute)),
                (SettingsKey.officeCloses, TimeOfDay.text(settings.officeClosesMinute)),
                (SettingsKey.pbiPremium, String(settings.pbiPremiumRupiah)),
            ]
            fields = fields.map { name, value in (name, changes[name] ?? value) }
            fields += settings.workingWeekdays.map { (SettingsKey.workingWeekdays, String($0)) }
            return fields
        }

        func auditCount() throws -> Int {
            try app.environment.pool.read {
                try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = ?", [SettingsService.auditAction])
            }
        }

        static func hiddenValue(_ name: String, in html: String) -> String? {
            guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    @Test func theAdminSavesTheSettingsAndEveryPageShowsTheNewName() throws {
        let office = try Office()
        let saved = try office.browser.postMultipart(
            "/admin/pengaturan",
            try office.formFields([SettingsKey.instansiName: "Dinas Sosial Kota Banjarbaru", SettingsKey.timeZone: "Asia/Makassar"]),
            files: [])
        #expect(saved.status == 303)
        #expect(saved.header("Location") == "/admin/pengaturan")

        let page = try office.browser.get("/admin/pengaturan")
        #expect(page.text.contains("Pengaturan disimpan."))
        #expect(page.text.contains("<title>Pengaturan · Dinas Sosial Kota Banjarbaru</title>"))
        #expect(page.text.contains("<span>Dinas Sosial Kota Banjarbaru</span>"))
        #expect(page.text.contains("<option value=\"Asia/Makassar\" selected>WITA (Asia/Makassar)</option>"))
        #expect(!page.text.contains("src=\"/logo\""), "no logo, no image")
        let home = try office.browser.get("/")
        #expect(home.text.contains("<span>Dinas Sosial Kota Banjarbaru</span>"))

        #expect(try office.auditCount() == 1)
        let audit = try office.app.environment.pool.read { db in
            try db.queryOne("SELECT username, changes FROM audit_log WHERE action = ?", [SettingsService.auditAction])
        }
        #expect(try audit?.get(0, as: String.self) == "admin")
        #expect(try audit?.get(1, as: String.self).contains("\"before\":\"Dinas Sosial Kabupaten Bantul\"") == true)
    }

    @Test func aURLEncodedSaveWorksToo() throws {
        let office = try Office()
        let saved = try office.browser.post("/admin/pengaturan", try office.formFields([SettingsKey.phone: "(0274) 367509"]))
        #expect(saved.status == 303)
        #expect(office.app.environment.settings.current.phone == "(0274) 367509")
    }

    @Test func aRefusedSaveShowsEachMessageBesideItsFieldAndKeepsWhatWasTyped() throws {
        let office = try Office()
        let refused = try office.browser.postMultipart(
            "/admin/pengaturan",
            try office.formFields([
                SettingsKey.instansiName: "Dinsos <Baru>", SettingsKey.email: "dinsos@", SettingsKey.kepalaDinasNIP: "1234",
                SettingsKey.officeOpens: "8 pagi", SettingsKey.pbiPremium: "0",
            ]),
            files: [])
        #expect(refused.status == 422)
        let html = refused.text
        #expect(html.contains("Periksa isian yang ditandai"))
        #expect(html.contains("value=\"Dinsos &lt;Baru&gt;\""))
        #expect(html.contains("value=\"8 pagi\""))
        #expect(html.contains("Alamat email tidak valid"))
        #expect(html.contains("NIP terdiri dari 18 angka."))
        #expect(html.contains("Jam buka harus berformat JJ.MM"))
        #expect(html.contains("Premi PBI harus bilangan bulat rupiah lebih dari 0"))
        #expect(html.contains("<p class=\"field-error\" id=\"f-kepala_dinas.nip-error\">NIP terdiri dari 18 angka.</p>"))
        #expect(office.app.environment.settings.current == Settings())
        #expect(try office.auditCount() == 0)
    }

    @Test func aStaleFormIsRefusedWithAClearMessageAndThenSavesDeliberately() throws {
        let office = try Office()
        let stale = try office.formFields([SettingsKey.instansiName: "Nama dari Tab Lama"])
        let other = try office.browser.post(
            "/admin/pengaturan",
            try office.formFields([SettingsKey.phone: "0274 111"]) + [(SettingsKey.workingWeekdays, "6")])
        #expect(other.status == 303)

        _ = try office.browser.get("/")
        let refused = try office.browser.post("/admin/pengaturan", stale)
        #expect(refused.status == 409)
        #expect(refused.text.contains("Pengaturan telah diubah pengguna lain sejak formulir ini dibuka"))
        #expect(refused.text.contains("<dt>Telepon</dt><dd>0274 111</dd>"))
        #expect(refused.text.contains("<dt>Hari kerja</dt><dd>Senin, Selasa, Rabu, Kamis, Jumat, Sabtu</dd>"))
        #expect(!refused.text.contains("<dt>Jam buka</dt>"), "only what differs is listed")
        #expect(refused.text.contains("value=\"Nama dari Tab Lama\""))
        #expect(office.app.environment.settings.current.instansiName == Settings().instansiName)
        #expect(try office.auditCount() == 1)

        // The refused page carries the current version: sending it again is a deliberate overwrite.
        let version = try #require(Office.hiddenValue("versi", in: refused.text))
        let again = stale.map { name, value in (name, name == SettingsKey.version ? version : value) }
        #expect(try office.browser.post("/admin/pengaturan", again).status == 303)
        #expect(office.app.environment.settings.current.instansiName == "Nama dari Tab Lama")
    }

    @Test func anUploadedLogoIsServedWithItsTypeAndETagAndShownInTheHeader() throws {
        let office = try Office()
        #expect(try office.browser.get("/logo").status == 404)

        let saved = try office.browser.postMultipart(
            "/admin/pengaturan", try office.formFields(),
            files: [(SettingsKey.logo, "logo-dinas.png", "image/png", Self.png)])
        #expect(saved.status == 303)

        let logo = try office.app.browser().get("/logo")
        #expect(logo.status == 200)
        #expect(logo.body == Self.png)
        #expect(logo.header("Content-Type") == "image/png")
        let etag = try #require(logo.header("ETag"))
        #expect(etag == "\"" + AttachmentService.sha256(Self.png) + "\"")
        #expect(logo.header("Cache-Control") == "public, no-cache")
        #expect(try office.app.browser().get("/logo", headers: ["If-None-Match": etag]).status == 304)

        let page = try office.browser.get("/")
        #expect(page.text.contains("<img src=\"/logo\""))

        let removed = try office.browser.postMultipart(
            "/admin/pengaturan", try office.formFields() + [(SettingsKey.removeLogo, "1")], files: [])
        #expect(removed.status == 303)
        #expect(try office.browser.get("/logo").status == 404)
        #expect(try !office.browser.get("/").text.contains("src=\"/logo\""))
    }

    @Test func aLogoOfTheWrongTypeOrTooBigIsAFieldErrorAndTheOtherValuesStay() throws {
        let office = try Office()
        let text = Array("ini bukan gambar".utf8)
        let wrongType = try office.browser.postMultipart(
            "/admin/pengaturan", try office.formFields([SettingsKey.instansiName: "Nama Baru"]),
            files: [(SettingsKey.logo, "logo.png", "image/png", text)])
        #expect(wrongType.status == 422)
        #expect(wrongType.text.contains("Jenis berkas tidak diterima: unggah berkas PNG atau JPEG."))
        #expect(wrongType.text.contains("value=\"Nama Baru\""))

        let big = Self.png + [UInt8](repeating: 7, count: AttachmentKind.logo.maxByteCount)
        let tooBig = try office.browser.postMultipart(
            "/admin/pengaturan", try office.formFields(), files: [(SettingsKey.logo, "besar.png", "image/png", big)])
        #expect(tooBig.status == 422)
        #expect(tooBig.text.contains("Berkas terlalu besar: paling besar 1 MB."))

        // A body past the route's own limit is refused before it is read.
        let client = try office.app.server.client()
        let refused = try client.request(
            "POST /admin/pengaturan HTTP/1.1\r\nHost: t\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: \(SettingsController.bodyLimit + 1)\r\n\r\n")
        #expect(refused.status == 413)

        #expect(office.app.environment.settings.current.logoAttachmentID == nil)
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM attachments") } == 0)
        #expect(try office.auditCount() == 0)
    }

    @Test func holidaysAreAddedAndRemovedWithTheirOwnSmallForms() throws {
        let office = try Office()
        _ = try office.browser.get("/admin/pengaturan")
        let added = try office.browser.post(
            "/admin/pengaturan/hari-libur", [(SettingsKey.holidayDate, "2026-08-17"), (SettingsKey.holidayName, "Hari Kemerdekaan RI")])
        #expect(added.status == 303)
        var page = try office.browser.get("/admin/pengaturan")
        #expect(page.text.contains("Hari libur Senin, 17 Agustus 2026 (Hari Kemerdekaan RI) ditambahkan."))
        #expect(page.text.contains("<time datetime=\"2026-08-17\">Senin, 17 Agustus 2026</time>"))

        let duplicate = try office.browser.post(
            "/admin/pengaturan/hari-libur", [(SettingsKey.holidayDate, "17-08-2026"), (SettingsKey.holidayName, "Lagi")])
        #expect(duplicate.status == 422)
        #expect(duplicate.text.contains("Tanggal itu sudah terdaftar sebagai hari libur (Hari Kemerdekaan RI)."))
        #expect(duplicate.text.contains("value=\"Lagi\""))

        _ = try office.browser.get("/admin/pengaturan")
        let removed = try office.browser.post("/admin/pengaturan/hari-libur/hapus", [(SettingsKey.holidayDate, "2026-08-17")])
        #expect(removed.status == 303)
        page = try office.browser.get("/admin/pengaturan")
        #expect(page.text.contains("Belum ada hari libur."))
        #expect(office.app.environment.settings.current.holidays.isEmpty)
        #expect(try office.auditCount() == 2)
    }

    @Test func theAreaPagesUseTheLevelWordsFromTheSettings() throws {
        let office = try Office()
        let saved = try office.browser.post(
            "/admin/pengaturan",
            try office.formFields([SettingsKey.kecamatanWord: "Kecamatan", SettingsKey.desaWord: "Desa"]))
        #expect(saved.status == 303)
        let page = try office.browser.get("/wilayah/34.02.01")
        #expect(page.status == 200)
        #expect(page.text.contains("<h2>Daftar Desa</h2>"))
        #expect(page.text.contains("Kecamatan Srandakan"))
        #expect(!page.text.contains("Kalurahan"))
    }

    @Test func otherRolesMayNotOpenOrPostTheSettings() throws {
        let app = try TestApp()
        try Office.insertUser("staf", role: .staf, in: app.environment.pool)
        let browser = app.browser()
        #expect(try browser.login("staf", Self.password).status == 303)
        #expect(try browser.get("/admin/pengaturan").status == 403)
        _ = try browser.get("/")
        let post = try browser.post("/admin/pengaturan", [(SettingsKey.instansiName, "Diambil alih")])
        #expect(post.status == 403)
        #expect(app.environment.settings.current.instansiName == Settings().instansiName)

        let anonymous = try app.browser().get("/admin/pengaturan")
        #expect(anonymous.status == 303)
        #expect(anonymous.header("Location")?.hasPrefix("/login") == true)
    }

    @Test func aPostWithoutTheCSRFTokenChangesNothing() throws {
        let office = try Office()
        let fields = try office.formFields([SettingsKey.instansiName: "Tanpa Token"])
        let refused = try office.browser.postMultipart("/admin/pengaturan", fields, files: [], csrf: false)
        #expect(refused.status == 403)
        let holiday = try office.browser.post(
            "/admin/pengaturan/hari-libur", [(SettingsKey.holidayDate, "2026-08-17"), (SettingsKey.holidayName, "Libur")],
            csrf: false)
        #expect(holiday.status == 403)
        #expect(office.app.environment.settings.current == Settings())
        #expect(try office.auditCount() == 0)
        #expect(try SettingsStore.load(office.app.environment.pool) == Settings())
    }
}
