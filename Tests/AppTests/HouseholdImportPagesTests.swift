import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The household import through the real application: upload, preview job, import job, cancel,
/// CSRF and area scope.
@Suite struct HouseholdImportPagesTests {
    static let password = "Sandi-Rahasia-1"
    static let sample = TestApp.root + "/Public/contoh/impor-keluarga-contoh.csv"

    final class Office {
        let app: TestApp

        init() throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]), ("staf", .staf, []), ("kadis", .kadis, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: HouseholdImportPagesTests.password),
                    by: .cli)
            }
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            #expect(try browser.login(username, HouseholdImportPagesTests.password).status == 303)
            return browser
        }

        func count(_ sql: String) throws -> Int {
            try app.environment.pool.read { try $0.scalar(Int.self, sql) }
        }

        /// Uploads the sample file and waits for its preview; returns the preview page's path.
        func preview(as browser: TestBrowser, bytes: [UInt8]? = nil) throws -> String {
            let content = try bytes ?? [UInt8](#require(FileManager.default.contents(atPath: HouseholdImportPagesTests.sample)))
            try browser.get("/keluarga/impor")
            let answer = try browser.postMultipart("/keluarga/impor", [], files: [("berkas", "contoh.csv", "text/csv", content)])
            #expect(answer.status == 303)
            let location = try #require(answer.header("Location"))
            #expect(location.hasPrefix("/keluarga/impor/"))
            #expect(try app.startJobRunner().waitUntilIdle(timeout: 20))
            return location
        }
    }

    @Test func uploadPreviewThenImportMakesTheHouseholdsVisible() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let form = try staf.get("/keluarga/impor")
        #expect(form.status == 200 && form.text.contains("enctype=\"multipart/form-data\""))
        let path = try office.preview(as: staf)
        let page = try staf.get(path)
        #expect(page.status == 200)
        #expect(page.text.contains("10 keluarga baru (30 penduduk, 9 penilaian)"))
        #expect(page.text.contains("Impor baris yang valid") && page.text.contains("Batalkan (tidak ada yang disimpan)"))
        #expect(try office.count("SELECT COUNT(*) FROM households") == 0, "the preview writes nothing")

        let started = try staf.post(path + "/impor", [])
        #expect(started.status == 303)
        let jobPath = try #require(started.header("Location"))
        #expect(try office.app.startJobRunner().waitUntilIdle(timeout: 20))
        #expect(try staf.get(jobPath).text.contains("Impor selesai: 10 keluarga disimpan"))
        #expect(try office.count("SELECT COUNT(*) FROM households") == 10)
        #expect(try office.count("SELECT COUNT(*) FROM assessments WHERE source = 'impor'") == 9)
        let list = try staf.get("/keluarga")
        #expect(list.text.contains("Sutrisno") && list.text.contains("Suyanto"))
    }

    @Test func previewThenCancelWritesNothingAndForgetsTheFile() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let path = try office.preview(as: staf)
        try staf.get(path)
        let cancelled = try staf.post(path + "/batal", [])
        #expect(cancelled.status == 303 && cancelled.header("Location") == "/keluarga")
        #expect(try office.count("SELECT COUNT(*) FROM households") == 0)
        let folder = office.app.environment.uploadsDirectory + "/impor"
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func anOperatorImportsOnlyItsOwnDesa() throws {
        let office = try Office()
        let operatorBrowser = try office.signIn("op.poncosari")
        let path = try office.preview(as: operatorBrowser)
        let page = try operatorBrowser.get(path)
        #expect(page.text.contains("2 keluarga baru"))
        #expect(page.text.contains("di luar wilayah Anda"))
        #expect(page.text.contains("href=\"/tugas/"))
        try operatorBrowser.post(path + "/impor", [])
        #expect(try office.app.startJobRunner().waitUntilIdle(timeout: 20))
        #expect(try office.count("SELECT COUNT(*) FROM households") == 2)
        #expect(try office.count("SELECT COUNT(*) FROM households WHERE area_code <> '34.02.01.2001'") == 0)
    }

    @Test func postingWithoutCSRFOrWithoutThePermissionIsRefused() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        try staf.get("/keluarga/impor")
        let refused = try staf.postMultipart("/keluarga/impor", [], files: [("berkas", "a.csv", "text/csv", Array("no_kk\n".utf8))], csrf: false)
        #expect(refused.status == 403)
        #expect(try office.count("SELECT COUNT(*) FROM jobs") == 0)
        let kadis = try office.signIn("kadis")
        #expect(try kadis.get("/keluarga/impor").status == 403)
        #expect(try kadis.get("/keluarga/impor/templat.csv").status == 403)
    }

    @Test func templatesDownloadAndABinaryFileIsAFieldError() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let csv = try staf.get("/keluarga/impor/templat.csv")
        #expect(csv.status == 200 && csv.text.contains("no_kk,kode_wilayah") && csv.text.contains("LIN02"))
        let xlsx = try staf.get("/keluarga/impor/templat.xlsx")
        #expect(xlsx.status == 200 && Array(xlsx.body.prefix(2)) == [0x50, 0x4B])
        try staf.get("/keluarga/impor")
        let binary = try staf.postMultipart("/keluarga/impor", [], files: [("berkas", "a.csv", "text/csv", [0xFF, 0xFE, 0x00])])
        #expect(binary.status == 422 && binary.text.contains("UTF-8"))
    }

    @Test func thePreviewListsTheFirst200ProblemsAndOffersTheFullReport() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let header = "no_kk,kode_wilayah,nik,nama,jenis_kelamin,tanggal_lahir,hubungan,status_perkawinan,agama,pendidikan"
        let rows = (1...250).map { index in
            "34020100000\(10000 + index),34.02.01.2001,3402011505800000,Warga \(index),L,15-05-1980,kepala,kawin,islam,sd"
        }
        let path = try office.preview(as: staf, bytes: Array(([header] + rows).joined(separator: "\n").utf8))
        let page = try staf.get(path)
        #expect(page.text.contains("Masalah (250)") && page.text.contains("Ditampilkan 200 masalah pertama"))
        #expect(page.text.components(separatedBy: "<tr><td>").count - 1 == 200)
        let jobID = String(path.dropFirst("/keluarga/impor/".count))
        let report = try staf.get("/tugas/\(jobID)/hasil")
        #expect(report.status == 200 && report.text.components(separatedBy: "\r\n").count - 2 == 250)
    }

    @Test func aBrokenWorkbookFailsThePreviewWithAMessage() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        let path = try office.preview(as: staf, bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0])
        let page = try staf.get(path)
        #expect(page.status == 200 && page.text.contains("Berkas tidak dapat dibaca"))
        #expect(!page.text.contains("Impor baris yang valid"))
    }
}
