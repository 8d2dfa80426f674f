import Core
import Foundation
import SLRT
import Testing
import TestSupport

/// The register book (print view and XLSX) and the SLRT settings page.
@Suite struct RegisterAndSettingsTests {
    @Test func theDailyAndMonthlyBooksListRequestsLettersAndReferralsWithSLA() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        _ = try office.newRequest(.jampersal)
        let browser = try office.signIn("kasi")
        let daily = try browser.get("/slrt/register?periode=harian&tanggal=2026-11-18")
        #expect(daily.status == 200)
        #expect(daily.text.contains("Buku Register Harian SLRT"))
        #expect(daily.text.contains("400.9/001/Dinsos-SKTM/XI/2026"))
        #expect(daily.text.contains("Rekomendasi Jampersal"))
        #expect(daily.text.contains("Penerimaan berkas (Front Office)"))
        #expect(daily.text.contains("15 menit"))
        #expect(!daily.text.contains("style="))
        let otherDay = try browser.get("/slrt/register?periode=harian&tanggal=2026-11-19")
        #expect(otherDay.text.contains("Tidak ada permohonan."))
        let monthly = try browser.get("/slrt/register?periode=bulanan&bulan=2026-11")
        #expect(monthly.text.contains("November 2026"))
        #expect(monthly.text.contains("400.9/001/Dinsos-SKTM/XI/2026"))
        let xlsx = try browser.get("/slrt/register.xlsx?periode=bulanan&bulan=2026-11")
        #expect(xlsx.status == 200)
        #expect(xlsx.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(Array(xlsx.body.prefix(2)) == Array("PK".utf8))
        #expect(xlsx.header("Content-Disposition")?.contains("register-slrt-2026-11.xlsx") == true)
    }

    @Test func theSettingsPageSavesFormatsAndRulesAndRefusesUnknownTokens() throws {
        let office = try SLRTOffice()
        let kasi = try office.signIn("kasi")
        let page = try kasi.get("/slrt/pengaturan")
        #expect(page.status == 200)
        var fields: [(String, String)] = [("versi", "0")]
        for type in LetterType.allCases {
            fields.append(("format.\(type.rawValue)", SLRTSettings.defaultNumberFormat(type)))
            fields.append(("syarat.\(type.rawValue)", "1"))
            fields.append(("desil.\(type.rawValue)", "3"))
            fields.append(("kategori.\(type.rawValue)", "Sangat Miskin, Miskin"))
        }
        fields += [
            ("format.rujukan", "400.9/{seq}/Rujukan/{year}"), ("kop.pemerintah", "PEMERINTAH KABUPATEN MUSI RAWAS"),
            ("kop.dinas", "DINAS SOSIAL"), ("tempat", "Muara Beliti"), ("mitra", "Dinas Kesehatan\nRSUD Dr. Sobirin"),
            ("kategori_pengaduan", "Bantuan sosial\nLainnya"), ("ttd.pangkat", "Pembina (IV/a)"),
        ]
        var broken = fields
        broken[1] = ("format.pbi_apbd", "400.9/{seq}/{nomor}/{year}")
        let refused = try kasi.post("/slrt/pengaturan", broken)
        #expect(refused.status == 422)
        #expect(refused.text.contains("Penanda {nomor} tidak dikenal."))
        try kasi.get("/slrt/pengaturan")
        let saved = try kasi.post("/slrt/pengaturan", fields)
        #expect(saved.status == 303)
        let settings = try office.pool.read { try SLRTSettingsStore.load(in: $0) }
        #expect(settings.version == 1)
        #expect(settings.settings.place == "Muara Beliti")
        #expect(settings.settings.rule(.sktm) == EligibilityRule(required: true, maxDesil: 3, categories: ["Sangat Miskin", "Miskin"]))
        #expect(settings.settings.rule(.skm).required)
        #expect(settings.settings.partners == ["Dinas Kesehatan", "RSUD Dr. Sobirin"])
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action = 'slrt.pengaturan.ubah'") == 1)
        try kasi.get("/slrt/pengaturan")
        let stale = try kasi.post("/slrt/pengaturan", fields)
        #expect(stale.status == 409)
        let staf = try office.signIn("staf.bo")
        #expect(try staf.get("/slrt/pengaturan").status == 403)
    }
}

/// The read API the dashboard calls.
@Suite struct SLRTReadAPITests {
    @Test func lettersIssuedCountPerTypeWithoutRevokedOnes() throws {
        let office = try SLRTOffice()
        for type in [LetterType.sktm, .sktm, .skm] {
            try office.move(try office.signingRequest(type), SLRTWorkflow.Transition.sign, as: "kadis")
        }
        let day = try #require(CalendarDate(iso: "2026-11-18"))
        let api = SLRTReadAPI()
        #expect(try office.pool.read { try api.lettersIssued(from: day, through: day, scope: .everywhere, in: $0) } == ["sktm": 2, "skm": 1])
        let letter = try office.pool.read { try $0.scalar(Int64.self, "SELECT min(id) FROM slrt_letters") }
        _ = try LetterService(templates: office.app.environment.templates, settings: office.app.environment.settings).revoke(
            letter, reason: "Salah ketik nama pemohon", by: office.actor("kasi"), scope: .everywhere, pool: office.pool, at: Date())
        #expect(try office.pool.read { try api.lettersIssued(from: day, through: day, scope: .everywhere, in: $0) } == ["sktm": 1, "skm": 1])
        #expect(try office.pool.read { try api.lettersIssued(from: day, through: day, scope: office.scope("op.trimurti"), in: $0) } == [:])
        #expect(try office.pool.read { try api.openCases(scope: .everywhere, in: $0) } == (0, 0))
    }
}
