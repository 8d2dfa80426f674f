import Core
import Database
import Foundation
import Testing
import TestSupport

/// Saving settings: stored key by key, audited with before and after in the same transaction,
/// refused when someone else saved meanwhile, and put in the cache every page reads.
@Suite struct SettingsServiceTests {
    final class Office {
        let attachments: AttachmentFixture
        let cache = SettingsCache()
        let service: SettingsService
        static let admin = Actor(kind: .user, userID: 1000, username: "admin.uji", role: .admin, address: "10.0.0.9", requestID: "r-1")

        init() throws {
            attachments = try AttachmentFixture()
            try attachments.pool.write { db in
                try db.execute(
                    """
                    INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                    VALUES (1000, 'admin.uji', 'Admin Uji', 'admin', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """)
            }
            let (clock, _) = Clock.manual(AttachmentFixture.now)
            service = SettingsService(pool: attachments.pool, cache: cache, attachments: attachments.service, clock: clock)
        }

        var pool: DatabasePool { attachments.pool }

        /// The form as stored now, with its version.
        func form() throws -> (SettingsInput, String) {
            let (settings, version) = try service.forForm()
            return (SettingsInput(settings), version)
        }

        func auditRows() throws -> [(action: String, changes: String, username: String)] {
            try pool.read { db in
                try db.query("SELECT action, changes, username FROM audit_log WHERE entity = 'settings' ORDER BY id").map {
                    (try $0.get(0), try $0.get(1), try $0.get(2))
                }
            }
        }

        func stored(_ key: String) throws -> String? {
            try pool.read { db in try db.queryOne("SELECT value FROM settings WHERE key = ?", [key])?.get(0) }
        }
    }

    @Test func aSaveStoresTheChangedKeysAuditsThemAndFillsTheCache() throws {
        let office = try Office()
        var (input, version) = try office.form()
        input.instansiName = "Dinas Sosial Kota Banjarbaru"
        input.timeZone = "Asia/Makassar"
        input.desaWord = "Kelurahan"
        let outcome = try office.service.update(input, expecting: version, by: Office.admin)

        #expect(outcome.changedKeys == [SettingsKey.instansiName, SettingsKey.desaWord, SettingsKey.timeZone])
        #expect(try office.stored(SettingsKey.instansiName) == "Dinas Sosial Kota Banjarbaru")
        #expect(try office.stored(SettingsKey.phone) == nil, "unchanged keys are not written")
        #expect(office.cache.current.instansiName == "Dinas Sosial Kota Banjarbaru")
        #expect(office.cache.current.word(for: .desa) == "Kelurahan")
        #expect(try SettingsStore.load(office.pool) == office.cache.current)

        let rows = try office.auditRows()
        #expect(rows.count == 1)
        #expect(rows.first?.action == SettingsService.auditAction)
        #expect(rows.first?.username == "admin.uji")
        let changes = try #require(rows.first?.changes)
        #expect(changes.contains("\"instansi.nama\":{\"after\":\"Dinas Sosial Kota Banjarbaru\",\"before\":\"Dinas Sosial Kabupaten Bantul\"}"))
        #expect(changes.contains("\"waktu.zona\":{\"after\":\"Asia/Makassar\",\"before\":\"Asia/Jakarta\"}"))
        #expect(!changes.contains("instansi.telepon"))
    }

    @Test func aSaveThatChangesNothingWritesNothing() throws {
        let office = try Office()
        let (input, version) = try office.form()
        let outcome = try office.service.update(input, expecting: version, by: Office.admin)
        #expect(outcome.changedKeys.isEmpty)
        #expect(try office.auditRows().isEmpty)
        #expect(try office.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM settings") } == 0)
    }

    @Test func aSaveFromAStaleFormIsRefusedAndChangesNothing() throws {
        let office = try Office()
        var (first, version) = try office.form()
        var second = first
        first.phone = "(0274) 367509"
        try office.service.update(first, expecting: version, by: Office.admin)

        second.instansiName = "Nama Lain"
        #expect(throws: SettingsError.changedMeanwhile) {
            try office.service.update(second, expecting: version, by: Office.admin)
        }
        #expect(try office.stored(SettingsKey.instansiName) == nil)
        #expect(office.cache.current.instansiName == Settings().instansiName)
        #expect(office.cache.current.phone == "(0274) 367509")
        #expect(try office.auditRows().count == 1)
        #expect(SettingsError.changedMeanwhile.publicMessage?.contains("diubah pengguna lain") == true)

        let (_, current) = try office.form()
        try office.service.update(second, expecting: current, by: Office.admin)
        #expect(try office.stored(SettingsKey.instansiName) == "Nama Lain")
    }

    @Test func anInvalidSaveReportsEveryFieldAndWritesNothing() throws {
        let office = try Office()
        var (input, version) = try office.form()
        input.email = "bukan-email"
        input.kepalaDinasNIP = "123"
        input.pbiPremium = "0"
        input.officeOpens = "25.00"
        let logo = LogoChange.replace(AttachmentUpload(fileName: "logo.png", content: .bytes(SampleFile.text)))
        let error = try #require(throws: SettingsError.self) {
            try office.service.update(input, logo: logo, expecting: version, by: Office.admin)
        }
        #expect(Set(error.fieldErrors.keys) == [
            SettingsKey.email, SettingsKey.kepalaDinasNIP, SettingsKey.pbiPremium, SettingsKey.officeOpens, SettingsKey.logo,
        ])
        #expect(try office.auditRows().isEmpty)
        #expect(try office.attachments.rowCount() == 0)
        #expect(office.attachments.filesOnDisk().isEmpty)
    }

    @Test func aLogoIsStoredReplacedAndRemovedThroughTheAttachments() throws {
        let office = try Office()
        var (input, version) = try office.form()
        let first = try office.service.update(
            input, logo: .replace(AttachmentUpload(fileName: "logo.png", content: .bytes(SampleFile.png))),
            expecting: version, by: Office.admin)
        let firstID = try #require(first.settings.logoAttachmentID)
        #expect(try office.attachments.service.open(firstID)?.bytes == SampleFile.png)
        #expect(first.changedKeys == [SettingsKey.logo])

        (input, version) = try office.form()
        let second = try office.service.update(
            input, logo: .replace(AttachmentUpload(fileName: "logo.jpg", content: .bytes(SampleFile.jpeg))),
            expecting: version, by: Office.admin)
        let secondID = try #require(second.settings.logoAttachmentID)
        #expect(secondID != firstID)
        #expect(try office.attachments.service.attachment(firstID)?.replacedAt != nil)
        #expect(office.cache.current.logoAttachmentID == secondID)

        (input, version) = try office.form()
        try office.service.update(input, logo: .remove, expecting: version, by: Office.admin)
        #expect(office.cache.current.logoAttachmentID == nil)
        #expect(try office.stored(SettingsKey.logo) == "")
        let audits = try office.auditRows()
        #expect(audits.count == 3)
        #expect(audits.last?.changes == "{\"instansi.logo\":{\"after\":\"\",\"before\":\"\(secondID)\"}}")
    }

    @Test func aLogoStoredInAFailedSaveLeavesNoFile() throws {
        let office = try Office()
        // A trigger makes the audit insert fail after the logo's file was written.
        try office.pool.write { db in
            try db.execute(
                "CREATE TRIGGER refuse_settings BEFORE INSERT ON settings BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let (input, version) = try office.form()
        #expect(throws: DatabaseError.self) {
            try office.service.update(
                input, logo: .replace(AttachmentUpload(fileName: "logo.png", content: .bytes(SampleFile.png))),
                expecting: version, by: Office.admin)
        }
        #expect(office.attachments.filesOnDisk().isEmpty)
        #expect(try office.attachments.rowCount() == 0)
        #expect(office.cache.current.logoAttachmentID == nil)
    }

    @Test func holidaysAreAddedSortedAndRemovedWithAnAuditRowEach() throws {
        let office = try Office()
        try office.service.addHoliday(date: "2026-12-25", name: "Hari Raya Natal", by: Office.admin)
        try office.service.addHoliday(date: "17-08-2026", name: " Hari Kemerdekaan RI ", by: Office.admin)
        #expect(office.cache.current.holidays.map(\.day.description) == ["2026-08-17", "2026-12-25"])
        #expect(office.cache.current.holidays.first?.name == "Hari Kemerdekaan RI")
        #expect(office.cache.current.isHoliday(try #require(CalendarDate(iso: "2026-12-25"))))
        #expect(try office.stored(SettingsKey.holidays)
            == "[{\"date\":\"2026-08-17\",\"name\":\"Hari Kemerdekaan RI\"},{\"date\":\"2026-12-25\",\"name\":\"Hari Raya Natal\"}]")

        let duplicate = try #require(throws: SettingsError.self) {
            try office.service.addHoliday(date: "2026-08-17", name: "Lagi", by: Office.admin)
        }
        #expect(duplicate.fieldErrors[SettingsKey.holidayDate] != nil)

        let removed = try office.service.removeHoliday(on: try #require(CalendarDate(iso: "2026-08-17")), by: Office.admin)
        #expect(removed?.name == "Hari Kemerdekaan RI")
        #expect(try office.service.removeHoliday(on: try #require(CalendarDate(iso: "2026-08-17")), by: Office.admin) == nil)
        #expect(try SettingsStore.load(office.pool).holidays.map(\.name) == ["Hari Raya Natal"])
        #expect(try office.auditRows().count == 3)
    }

    @Test func aHolidayAddedMeanwhileDoesNotMakeTheSettingsFormStale() throws {
        let office = try Office()
        var (input, version) = try office.form()
        try office.service.addHoliday(date: "2026-12-25", name: "Hari Raya Natal", by: Office.admin)
        input.phone = "0274 367509"
        try office.service.update(input, expecting: version, by: Office.admin)
        #expect(office.cache.current.phone == "0274 367509")
        #expect(office.cache.current.holidays.count == 1, "the settings form keeps the holidays stored")
    }

    @Test func unreadableStoredValuesFallBackToTheDefaults() throws {
        let office = try Office()
        try office.pool.write { db in
            try SettingsStore.write(
                [(SettingsKey.pbiPremium, "banyak"), (SettingsKey.holidays, "{rusak"), ("kunci.lama", "x"),
                 (SettingsKey.officeOpens, "07.30")],
                at: AttachmentFixture.now, in: db)
        }
        let settings = try office.service.reload()
        #expect(settings.pbiPremiumRupiah == 42_000)
        #expect(settings.holidays.isEmpty)
        #expect(settings.officeOpensMinute == 7 * 60 + 30)
        #expect(office.cache.current == settings)
    }
}
