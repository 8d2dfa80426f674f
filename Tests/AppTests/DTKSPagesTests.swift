import App
import Core
import DTKS
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// The DTKS pages through the real application: proposing inside one's kalurahan, steps allowed
/// and refused by role, state and version, and the Dukcapil upload as a background job.
@Suite struct DTKSPagesTests {
    static let password = "Sandi-Rahasia-1"

    final class Office {
        let app: TestApp
        let mine: (household: Household, head: Person)
        let theirs: (household: Household, head: Person)

        init() throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]), ("op.trimurti", .operator, [RegistryFixtures.trimurti]),
                ("pendamping", .pendamping, ["34.02.01"]), ("staf", .staf, []), ("kasi", .kasi, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: DTKSPagesTests.password),
                    by: .cli)
            }
            let registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
            mine = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1)),
                head: RegistryFixtures.person("Sumarni Poncosari", sex: .female, born: "1975-08-17", serial: 1), by: .cli, scope: .everywhere)
            theirs = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(2), area: RegistryFixtures.trimurti),
                head: RegistryFixtures.person("Sumarno Trimurti", serial: 2), by: .cli, scope: .everywhere)
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            #expect(try browser.login(username, DTKSPagesTests.password).status == 303, "signing in as \(username)")
            return browser
        }

        func propose(_ browser: TestBrowser, household: Int64) throws -> RawHTTPClient.Response {
            try browser.get("/dtks/usulan/baru?keluarga=\(household)")
            return try browser.post(
                "/dtks/usulan/baru",
                [("keluarga", String(household)), ("pengusul", "rt_rw"), ("nama_pengusul", "Ketua RT 03"), ("alasan", "Buruh harian"),
                 ("kk", "1"), ("ktp", "1"), ("sktm", "1")])
        }

        func proposal(_ id: Int64) throws -> Proposal? {
            try app.environment.pool.read { try ProposalStore.find(id, scope: .everywhere, in: $0) }
        }
    }

    static func id(from location: String?) -> Int64? {
        location.flatMap { $0.split(separator: "/").last.flatMap { Int64($0) } }
    }

    @Test func anOperatorProposesInTheirKalurahanOnly() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let created = try office.propose(browser, household: office.mine.household.id)
        #expect(created.status == 303)
        let id = try #require(Self.id(from: created.header("Location")))
        let page = try browser.get("/dtks/usulan/\(id)")
        #expect(page.status == 200 && page.text.contains("Diajukan") && page.text.contains("Riwayat"))
        #expect(!page.text.contains("name=\"langkah\" value=\"terima\""), "an operator does not accept")

        let refused = try office.propose(browser, household: office.theirs.household.id)
        #expect(refused.status == 404, "a household outside the kalurahan is not found")

        let other = try office.signIn("op.trimurti")
        #expect(try other.get("/dtks/usulan/\(id)").status == 404)
        #expect(!(try other.get("/dtks/usulan").text.contains("#\(id)")))
        #expect(try browser.get("/dtks/usulan").text.contains("#\(id)"))
    }

    @Test func stepsAreAllowedByRoleStateAndVersion() throws {
        let office = try Office()
        let id = try #require(Self.id(from: try office.propose(try office.signIn("op.poncosari"), household: office.mine.household.id).header("Location")))

        let kasi = try office.signIn("kasi")
        try kasi.get("/dtks/usulan/\(id)")
        #expect(try kasi.post("/dtks/usulan/\(id)/langkah", [("langkah", "terima"), ("versi", "1")]).status == 403)

        let staf = try office.signIn("staf")
        let page = try staf.get("/dtks/usulan/\(id)")
        #expect(page.text.contains("name=\"langkah\" value=\"terima\""))
        #expect(try staf.post("/dtks/usulan/\(id)/langkah", [("langkah", "terima"), ("versi", "1")]).status == 303)
        #expect(try office.proposal(id)?.state == .coordination)
        try staf.get("/dtks/usulan/\(id)")
        #expect(try staf.post("/dtks/usulan/\(id)/langkah", [("langkah", "terima"), ("versi", "2")]).status == 409, "wrong state")
        try staf.get("/dtks/usulan/\(id)")
        let stale = try staf.post(
            "/dtks/usulan/\(id)/langkah", [("langkah", "catat_koordinasi"), ("versi", "1"), ("catatan", "x"), ("tanggal", "2026-11-18")])
        #expect(stale.status == 409, "stale version")
        try staf.get("/dtks/usulan/\(id)")
        let missing = try staf.post("/dtks/usulan/\(id)/langkah", [("langkah", "catat_koordinasi"), ("versi", "2"), ("tanggal", "2026-11-18")])
        #expect(missing.status == 422 && missing.text.contains("Tulis hasil koordinasi."))

        let pendamping = try office.signIn("pendamping")
        try pendamping.get("/dtks/usulan/\(id)")
        let done = try pendamping.post(
            "/dtks/usulan/\(id)/langkah",
            [("langkah", "catat_koordinasi"), ("versi", "2"), ("catatan", "Dibahas dengan Ketua RT"), ("tanggal", "2026-11-18")])
        #expect(done.status == 303)
        #expect(try office.proposal(id)?.state == .assessment)
        let history = try pendamping.get("/dtks/usulan/\(id)").text
        #expect(history.contains("Dibahas dengan Ketua RT") && history.contains("Waktu per langkah"))
    }

    @Test func theDukcapilExtractIsUploadedAsAJob() throws {
        let office = try Office()
        let runner = try office.app.startJobRunner()
        let staf = try office.signIn("staf")
        #expect(try staf.get("/dtks/pemadanan/impor").status == 200)
        let csv = "nik,no_kk,nama,tanggal_lahir,jenis_kelamin\n\(office.mine.head.nik),\(office.mine.household.noKK),SUMARNI PONCOSARI,1975-08-17,P\n"
        let queued = try staf.postMultipart("/dtks/pemadanan/impor", [], files: [("berkas", "dukcapil.csv", "text/csv", Array(csv.utf8))])
        #expect(queued.status == 303 && queued.header("Location")?.hasPrefix("/tugas/") == true)
        #expect(runner.waitUntilIdle(timeout: 20))
        let load = try office.app.environment.pool.read { try DukcapilStore.latestLoad(in: $0) }
        #expect(load?.rowCount == 1 && load?.fileName == "dukcapil.csv")
        let checked = try staf.get("/dtks/pemadanan")
        #expect(checked.text.contains("dukcapil.csv"))
        let result = try staf.post(
            "/dtks/pemadanan/cek", [("nik", office.mine.head.nik), ("nama", "Sumarni  poncosari"), ("tanggal_lahir", "1975-08-17")])
        #expect(result.status == 200 && result.text.contains("Padan"))
        let kasi = try office.signIn("kasi")
        #expect(try kasi.get("/dtks/pemadanan/impor").status == 403)
    }
}

extension DTKSPagesTests {
    @Test func theFinalisationAndReportPagesAnswerEachRole() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let list = try staf.get("/dtks/finalisasi")
        #expect(list.status == 200 && list.text.contains("Belum ada berkas finalisasi"))
        let refused = try staf.post("/dtks/finalisasi", [("awal", "2026-11-01"), ("akhir", "2026-11-30")])
        #expect(refused.status == 422 && refused.text.contains("Tidak ada usulan layak dan padan"))
        #expect(try staf.get("/dtks/finalisasi/99").status == 404)
        #expect(try staf.get("/dtks/hasil").status == 200)
        let report = try staf.get("/dtks/laporan?awal=2026-01-01&akhir=2026-12-31")
        #expect(report.status == 200 && report.text.contains("Alur usulan"))
        let csv = try staf.get("/dtks/laporan/rekap.csv?awal=2026-01-01&akhir=2026-12-31")
        #expect(csv.status == 200 && csv.text.contains("Kode,Kalurahan,Kapanewon,Diajukan"))
        let operatorBrowser = try office.signIn("op.poncosari")
        #expect(try operatorBrowser.get("/dtks/finalisasi").status == 403)
        #expect(try operatorBrowser.get("/dtks/laporan").status == 200)
    }
}

extension DTKSPagesTests {
    @Test func requirementDocumentsAreServedOnlyInsideTheArea() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        try browser.get("/dtks/usulan/baru?keluarga=\(office.mine.household.id)")
        let pdf = Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)
        let created = try browser.postMultipart(
            "/dtks/usulan/baru",
            [("keluarga", String(office.mine.household.id)), ("pengusul", "warga"), ("kk", "1")],
            files: [("dokumen", "sktm.pdf", "application/pdf", pdf)])
        #expect(created.status == 303)
        let id = try #require(Self.id(from: created.header("Location")))
        let page = try browser.get("/dtks/usulan/\(id)")
        let link = try #require(page.text.range(of: "/dtks/usulan/\(id)/lampiran/").map { range in
            String(page.text[range.lowerBound...].prefix { $0 != "\"" })
        })
        #expect(page.text.contains("sktm.pdf"))
        let served = try browser.get(link)
        #expect(served.status == 200 && served.body == pdf)
        #expect(try office.signIn("op.trimurti").get(link).status == 404)

        try browser.get("/dtks/usulan/baru?keluarga=\(office.mine.household.id)")
        let refused = try browser.postMultipart(
            "/dtks/usulan/baru", [("keluarga", String(office.mine.household.id)), ("pengusul", "warga")],
            files: [("dokumen", "catatan.txt", "text/plain", Array("bukan dokumen".utf8))])
        #expect(refused.status == 422 && refused.text.contains("Jenis berkas tidak diterima"))
    }
}

extension DTKSPagesTests {
    @Test func aBatchKeepsItsScannedReferencesForTheStaffWhoMaySeeIt() throws {
        let office = try Office()
        try office.app.environment.pool.write { db in
            try db.execute(
                """
                INSERT INTO dtks_batches (id, number, period_start, period_end, status, status_since, created_at, updated_at)
                VALUES (7, 'DTKS/001/XI/2026', '2026-11-01', '2026-11-30', 'draf', '2026-11-24T02:00:00Z',
                        '2026-11-24T02:00:00Z', '2026-11-24T02:00:00Z')
                """)
        }
        let staf = try office.signIn("staf")
        #expect(try staf.get("/dtks/finalisasi/7").text.contains("Belum ada dokumen"))
        let pdf = Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)
        let saved = try staf.postMultipart("/dtks/finalisasi/7/dokumen", [], files: [("dokumen", "nota-dinas.pdf", "application/pdf", pdf)])
        #expect(saved.status == 303)
        let page = try staf.get("/dtks/finalisasi/7")
        let link = try #require(page.text.range(of: "/dtks/finalisasi/7/dokumen/").map { range in
            String(page.text[range.lowerBound...].prefix { $0 != "\"" })
        })
        #expect(page.text.contains("nota-dinas.pdf"))
        let served = try staf.get(link)
        #expect(served.status == 200 && served.body == pdf)
        #expect(try staf.get(link.replacingOccurrences(of: "/finalisasi/7/", with: "/finalisasi/8/")).status == 404)
        #expect(try office.signIn("op.poncosari").get(link).status == 403)

        try staf.get("/dtks/finalisasi/7")
        let refused = try staf.postMultipart(
            "/dtks/finalisasi/7/dokumen", [], files: [("dokumen", "sk.jpg", "image/jpeg", Array("MZ bukan gambar".utf8))])
        #expect(refused.status == 422 && refused.text.contains("Jenis berkas tidak diterima"))
        let audit = try office.app.environment.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'dtks.finalisasi.dokumen' AND entity_id = '7'")
        }
        #expect(audit == 1)
    }
}
