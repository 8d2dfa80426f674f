import App
import Core
import Database
import Documents
import Foundation
import Testing
import TestSupport

/// The ranking page and its exports through the real application: scope whatever the query
/// asks, paging with filters kept, CSV bytes, XLSX read back, audit, sign-in.
@Suite struct RankingPagesTests {
    static let password = "Sandi-Rahasia-1"
    static let poncosari = RegistryFixtures.poncosari
    static let trimurti = RegistryFixtures.trimurti

    /// 60 scored households in Poncosari (totals 30…89), 5 in Trimurti; an operator of
    /// Poncosari, a pendamping of Kapanewon Srandakan, staf and kadis.
    final class Office {
        let app: TestApp

        init() throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RankingPagesTests.poncosari]),
                ("pendamping", .pendamping, ["34.02.01"]), ("staf", .staf, []), ("kadis", .kadis, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: RankingPagesTests.password),
                    by: .cli)
            }
            try app.environment.pool.write { db in
                for i in 0..<60 {
                    try ScoreFixtures.add(
                        Int64(1 + i), total: 30 + i, members: 1 + i % 5, noKK: 100 + i, desa: RankingPagesTests.poncosari,
                        option: i % 3 == 0 ? ScoreFixtures.noElectricity : ScoreFixtures.ownMeter, in: db)
                }
                for i in 0..<5 {
                    try ScoreFixtures.add(Int64(501 + i), total: 25 + i, members: 2, noKK: 500 + i, desa: RankingPagesTests.trimurti, in: db)
                }
            }
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            let answer = try browser.login(username, RankingPagesTests.password)
            #expect(answer.status == 303, "signing in as \(username)")
            return browser
        }

        func audits() throws -> [String] {
            try app.environment.pool.read { db in
                try db.query("SELECT changes FROM audit_log WHERE action = 'peringkat.ekspor' ORDER BY id").map { try $0.get(0) }
            }
        }
    }

    static func rowCount(_ html: String) -> Int {
        html.components(separatedBy: "<tr><td class=\"num\">").count - 1
    }

    static func csvLines(_ body: [UInt8]) -> [String] {
        String(decoding: body.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map(String.init)
    }

    @Test(arguments: ["", "?wilayah=34.02.01.2002", "?wilayah=34.02.01", "?wilayah=", "?wilayah=34.02.03.2002&kategori=Sangat%20Miskin"])
    func anOperatorSeesOnlyItsKalurahanInThePageAndTheExports(query: String) throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let page = try browser.get("/sidamesra/peringkat" + query)
        #expect(page.status == 200)
        #expect(page.text.contains("Poncosari"))
        #expect(!page.text.contains("Trimurti"))
        #expect((501...505).allSatisfy { !page.text.contains("Kepala \($0)") }, "no Trimurti head")

        let csv = try browser.get("/sidamesra/peringkat.csv" + query)
        #expect(csv.status == 200)
        #expect(!csv.text.contains("Trimurti"))
        #expect(!csv.text.contains(Self.trimurti))
        let lines = Self.csvLines(csv.body)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains(Self.poncosari) })

        let xlsx = try browser.get("/sidamesra/peringkat.xlsx" + query)
        #expect(xlsx.status == 200)
        let rows = try XLSXReader(bytes: xlsx.body).rows()
        #expect(rows.count == lines.count)
        #expect(rows.dropFirst().allSatisfy { $0[5] == .text(Self.poncosari) })
    }

    @Test func aPendampingRanksInItsKapanewonOrOneOfItsKalurahan() throws {
        let office = try Office()
        let browser = try office.signIn("pendamping")
        let kapanewon = try browser.get("/sidamesra/peringkat")
        #expect(kapanewon.text.contains("65 keluarga"))
        #expect(kapanewon.text.contains("Trimurti"))
        let desa = try browser.get("/sidamesra/peringkat?wilayah=\(Self.trimurti)")
        #expect(desa.text.contains("5 keluarga"))
        #expect(Self.rowCount(desa.text) == 5)
        #expect(!desa.text.contains("Poncosari</td>"))
        let outside = try browser.get("/sidamesra/peringkat?wilayah=34.02.03.2002")
        #expect(outside.text.contains("65 keluarga"), "an area outside the scope falls back to the kapanewon")
    }

    @Test func pagesOfFiftyKeepTheFiltersInTheirLinks() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let first = try browser.get("/sidamesra/peringkat")
        #expect(Self.rowCount(first.text) == 50)
        #expect(first.text.contains("1–50 dari 60"))
        #expect(first.text.contains("href=\"?wilayah=34.02.01.2001&amp;halaman=2\""))
        #expect(first.text.contains("<span class=\"badge band-sangat-miskin\">Sangat Miskin</span>"))
        #expect(first.text.contains("<a href=\"/keluarga/1\">\(IdentityNumberText.masked(ScoreFixtures.noKK(100)))</a>"))
        #expect(!first.text.contains(ScoreFixtures.noKK(100)), "No KK masked on the page")
        #expect(first.text.contains("2 Maret 2026"))
        let second = try browser.get("/sidamesra/peringkat?wilayah=34.02.01.2001&halaman=2")
        #expect(Self.rowCount(second.text) == 10)
        #expect(second.text.contains("<td class=\"num\">51</td>"))

        let filtered = try browser.get("/sidamesra/peringkat?kategori=Miskin&jawaban=\(ScoreFixtures.noElectricity)")
        // Totals 44…65 with i % 3 == 0: i = 15, 18, …, 33 → 7 households, ranks 15, 18, …
        #expect(Self.rowCount(filtered.text) == 7)
        #expect(filtered.text.contains("<td class=\"num\">16</td>"))
        #expect(filtered.text.contains("peringkat.csv?wilayah=34.02.01.2001&amp;kategori=Miskin&amp;jawaban=29"))
        #expect(filtered.text.contains("pemisah=titik-koma"))
        let unknown = try browser.get("/sidamesra/peringkat?kategori=Bukan&jawaban=99999")
        #expect(Self.rowCount(unknown.text) == 50, "unknown filters are ignored")
    }

    @Test func theCSVStartsWithTheBOMAndUsesSemicolonsWhenAsked() throws {
        let office = try Office()
        let browser = try office.signIn("staf")
        let comma = try browser.get("/sidamesra/peringkat.csv?kategori=Sangat%20Miskin")
        #expect(comma.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(comma.header("Content-Disposition")?.contains("peringkat-kabupaten-") == true)
        #expect(Array(comma.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = Self.csvLines(comma.body)
        #expect(lines.first == "Peringkat,Desil,No KK,NIK Kepala,Kepala Keluarga,Kode Kalurahan,Kalurahan,Anggota,Skor,Kategori,Tanggal Penilaian")
        // Trimurti's 25…29 then Poncosari's 30…43: 5 + 14, ranked in the kabupaten of 65.
        #expect(lines.count == 1 + 19)
        #expect(lines[1].hasPrefix("1,1,\(ScoreFixtures.noKK(500)),"), "staf sees whole numbers")
        #expect(lines[1].hasSuffix(",Sangat Miskin,2026-03-02"))

        let semicolon = try browser.get("/sidamesra/peringkat.csv?kategori=Sangat%20Miskin&pemisah=titik-koma")
        let semicolonLines = Self.csvLines(semicolon.body)
        #expect(Array(semicolon.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(semicolonLines.first?.hasPrefix("Peringkat;Desil;No KK;") == true)
        #expect(semicolonLines.map { $0.replacingOccurrences(of: ";", with: ",") } == lines)
    }

    @Test func theXLSXReadsBackAsTheSameRowsAsTheCSV() throws {
        let office = try Office()
        let browser = try office.signIn("kadis")
        let csv = Self.csvLines(try browser.get("/sidamesra/peringkat.csv").body)
        let xlsx = try browser.get("/sidamesra/peringkat.xlsx")
        #expect(xlsx.header("Content-Type") == XLSXWriter.contentType)
        let rows = try XLSXReader(bytes: xlsx.body).rows()
        #expect(rows.count == 66)
        #expect(rows.count == csv.count)
        #expect(rows[1][0] == .number(1))
        #expect(rows[1][1] == .number(1))
        #expect(rows[1][7] == .number(2))
        #expect(rows[1][8] == .number(25))
        #expect(rows[1][10] == .date(XLSXDateTime(year: 2026, month: 3, day: 2, hour: 0, minute: 0, second: 0)))
        #expect(rows[1][2] == .text(IdentityNumberText.masked(ScoreFixtures.noKK(500))), "kadis sees masked numbers")
        for (row, line) in zip(rows, csv) {
            #expect(row.values.map(\.textValue).joined(separator: ",") == line)
        }
    }

    @Test func everyExportIsAuditedWithItsFilterAndRowCount() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        _ = try browser.get("/sidamesra/peringkat.csv?kategori=Miskin")
        _ = try browser.get("/sidamesra/peringkat.xlsx")
        let audits = try office.audits()
        #expect(audits.count == 2)
        #expect(audits.first?.contains("\"kategori\":{\"after\":\"Miskin\"") == true)
        #expect(audits.first?.contains("\"baris\":{\"after\":\"22\"") == true)
        #expect(audits.first?.contains("\"wilayah\":{\"after\":\"34.02.01.2001\"") == true)
        #expect(audits.last?.contains("\"format\":{\"after\":\"xlsx\"") == true)
        #expect(audits.last?.contains("\"baris\":{\"after\":\"60\"") == true)
    }

    @Test(arguments: ["/sidamesra/peringkat", "/sidamesra/peringkat.csv", "/sidamesra/peringkat.xlsx"])
    func anAnonymousVisitorIsSentToTheLoginPage(path: String) throws {
        let office = try Office()
        let answer = try office.app.browser().get(path)
        #expect(answer.status == 303)
        #expect(answer.header("Location")?.hasPrefix("/login") == true)
        #expect(try office.audits().isEmpty)
    }

    @Test func theMenuOffersTheRankingToEveryRole() throws {
        let office = try Office()
        for username in ["op.poncosari", "kadis"] {
            let home = try office.signIn(username).get("/")
            #expect(home.text.contains("href=\"/sidamesra/peringkat\""), "\(username)")
        }
    }
}
