import App
import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// The DTKS members work over HTTP: a DTSEN file uploaded by staf and imported by the job runner,
/// the members list, exports and verivali rounds scoped to an operator's kalurahan, the DTKS facts
/// on the household page, and the `dinsos import dtsen` command.
@Suite struct DTKSMemberPagesTests {
    static let password = "Sandi-Rahasia-1"

    /// A running app with one household in Poncosari and one in Trimurti, both imported from a
    /// DTSEN file by staf, and an operator for each kalurahan.
    final class Office {
        let app: TestApp
        let mine: (household: Household, head: Person)
        let theirs: (household: Household, head: Person)

        init(importing: Bool = true) throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]),
                ("op.trimurti", .operator, [RegistryFixtures.trimurti]), ("staf", .staf, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: DTKSMemberPagesTests.password),
                    by: .cli)
            }
            let registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
            mine = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1)),
                head: RegistryFixtures.person("Sumarni Poncosari", sex: .female, born: "1975-08-17", serial: 1),
                by: .cli, scope: .everywhere)
            theirs = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(2), area: RegistryFixtures.trimurti),
                head: RegistryFixtures.person("Sumarno Trimurti", serial: 2), by: .cli, scope: .everywhere)
            if importing { try importDTSEN() }
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            #expect(try browser.login(username, DTKSMemberPagesTests.password).status == 303, "signing in as \(username)")
            return browser
        }

        /// Staf uploads `NIK;Nama;Desil` for both heads; the job imports it.
        func importDTSEN() throws {
            let staf = try signIn("staf")
            #expect(try staf.get("/dtks/dtsen").status == 200)
            let csv = "NIK;Nama;Desil Nasional\n\(mine.head.nik);Sumarni;2\n\(theirs.head.nik);Sumarno;5\n3402019999990009;Orang Lain;1\n"
            let upload = try staf.postMultipart(
                "/dtks/dtsen", [], files: [("berkas", "desil.csv", "text/csv", Array(csv.utf8))])
            #expect(upload.status == 303)
            #expect(upload.header("Location")?.hasPrefix("/tugas/") == true)
            #expect(try app.startJobRunner().waitUntilIdle(timeout: 20))
            let job = try staf.get(upload.header("Location") ?? "/")
            #expect(job.text.contains("2 kepesertaan baru atau berubah"), "\(job.text)")
            #expect(try count("SELECT count(*) FROM dtks_members WHERE status = 'aktif'") == 2)
        }

        func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
            try app.environment.pool.read { try $0.scalar(Int.self, sql, arguments) }
        }
    }

    @Test func anOperatorListsAndExportsOnlyTheirKalurahansMembers() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let list = try browser.get("/dtks/anggota")
        #expect(list.status == 200)
        #expect(list.text.contains("Sumarni Poncosari"))
        #expect(!list.text.contains("Sumarno"))
        #expect(!list.text.contains(office.mine.head.nik), "the NIK is masked in the list")
        #expect(list.text.contains("Desil 2: 1"))
        #expect(!list.text.contains("Desil 5: "), "the other kalurahan's desil is not counted")
        #expect(try browser.get("/dtks/anggota?wilayah=\(RegistryFixtures.trimurti)").text.contains("Sumarni"),
                "an area outside the scope is ignored")
        #expect(!(try browser.get("/dtks/anggota?keluarga=\(office.theirs.household.id)").text.contains("Sumarno")))
        let csv = try browser.get("/dtks/anggota/ekspor.csv")
        #expect(csv.status == 200)
        #expect(csv.text.contains("Sumarni Poncosari"))
        #expect(csv.text.contains(office.mine.head.nik), "operators may see the whole NIK in exports")
        #expect(!csv.text.contains("Sumarno"))
        let xlsx = try browser.get("/dtks/anggota/ekspor.xlsx")
        #expect(xlsx.status == 200)
        #expect(xlsx.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action = 'dtks.anggota.ekspor'") == 2)
    }

    @Test func theHouseholdAndPersonPagesShowDTKSStatusAndDesil() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let household = try browser.get("/keluarga/\(office.mine.household.id)")
        #expect(household.text.contains("DTKS/DTSEN"))
        #expect(household.text.contains("desil 2"))
        let person = try browser.get("/penduduk/\(office.mine.head.id)")
        #expect(person.text.contains("desil 2"))
    }

    @Test func operatorsCannotImportDTSENFiles() throws {
        let office = try Office(importing: false)
        let browser = try office.signIn("op.poncosari")
        #expect(try browser.get("/dtks/dtsen").status == 403)
    }

    @Test func aVerivaliRoundIsScopedForOperatorsAndAppliedWhenClosed() throws {
        let office = try Office()
        let staf = try office.signIn("staf")
        #expect(try staf.get("/dtks/verivali/baru").status == 200)
        let opened = try staf.post(
            "/dtks/verivali/baru",
            [("nama", "Verivali Uji"), ("tanggal", "2026-11-18"), ("wilayah", RegistryFixtures.poncosari),
             ("wilayah", RegistryFixtures.trimurti)])
        #expect(opened.status == 303)
        let path = try #require(opened.header("Location"))
        let mineEntry = try office.count(
            "SELECT id FROM verivali_entries WHERE household_id = ?", [office.mine.household.id])
        let theirEntry = try office.count(
            "SELECT id FROM verivali_entries WHERE household_id = ?", [office.theirs.household.id])

        let operatorBrowser = try office.signIn("op.poncosari")
        let page = try operatorBrowser.get(path)
        #expect(page.status == 200)
        #expect(page.text.contains("Sumarni Poncosari"))
        #expect(!page.text.contains("Sumarno"))
        #expect(!page.text.contains("Tutup putaran"), "operators do not close rounds")
        let outside = try operatorBrowser.post(
            path + "/hasil", [("entri", String(theirEntry)), ("hasil-\(theirEntry)", "6")])
        #expect(outside.status == 404)
        _ = try operatorBrowser.get(path)
        let noToken = try operatorBrowser.post(
            path + "/hasil", [("entri", String(mineEntry)), ("hasil-\(mineEntry)", "6")], csrf: false)
        #expect(noToken.status == 403)
        let badDate = try operatorBrowser.post(
            path + "/hasil", [("entri", String(mineEntry)), ("hasil-\(mineEntry)", "6"), ("tanggal-\(mineEntry)", "18/11/2026")])
        #expect(badDate.status == 303)
        #expect(try operatorBrowser.get(path).text.contains("tidak sah"))
        #expect(try office.count("SELECT count(*) FROM verivali_entries WHERE result IS NOT NULL") == 0)
        let saved = try operatorBrowser.post(
            path + "/hasil",
            [("entri", String(mineEntry)), ("hasil-\(mineEntry)", "6"), ("catatan-\(mineEntry)", "Sudah mampu")])
        #expect(saved.status == 303)
        #expect(try operatorBrowser.post(path + "/tutup", []).status == 403)

        let other = try office.signIn("op.trimurti")
        _ = try other.get(path)
        #expect(try other.post(path + "/hasil", [("entri", String(theirEntry)), ("hasil-\(theirEntry)", "1")]).status == 303)

        _ = try staf.get(path)
        let closed = try staf.post(path + "/tutup", [])
        #expect(closed.status == 303)
        #expect(try office.count("SELECT count(*) FROM dtks_members WHERE status = 'aktif'") == 1)
        #expect(try office.count(
            "SELECT count(*) FROM dtks_members WHERE nik = ? AND status = 'nonaktif'", [office.mine.head.nik]) == 1)
        let report = try staf.get(path + "/laporan")
        #expect(report.status == 200)
        #expect(report.text.contains("Laporan Hasil Verifikasi"))
        let sheet = try staf.get(path + "/laporan.xlsx")
        #expect(sheet.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))

        let foreign = try office.signIn("op.trimurti")
        let theirReport = try foreign.get(path + "/laporan")
        #expect(!theirReport.text.contains("Sumarni"), "the report too is scoped")
    }

    @Test func theCommandImportsADTSENFileAndADryRunWritesNothing() throws {
        let office = try Office(importing: false)
        let file = office.app.database.file("dtsen.csv")
        try office.app.database.writeFile(file, "no_kk,nama,desil\n\(office.mine.household.noKK),Keluarga,3\n,Kosong,4\n")
        #expect(throws: CommandFailure.self) {
            try ImportCommand.dtsen(file: file, databasePath: office.app.database.path, root: TestApp.root, dryRun: true)
        }
        #expect(try office.count("SELECT count(*) FROM dtks_members") == 0)
        try ImportCommand.dtsen(file: file, databasePath: office.app.database.path, root: TestApp.root)
        #expect(try office.count("SELECT count(*) FROM dtks_members WHERE desil = 3") == 1)
    }
}
