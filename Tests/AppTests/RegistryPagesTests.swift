import App
import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// The household and person pages through the real application, signed in as the roles that use
/// them: area scope on lists, search and ids, stale saves, CSRF, duplicate messages, masking.
@Suite struct RegistryPagesTests {
    static let password = "Sandi-Rahasia-1"

    /// A running app with one household in Poncosari and one in Trimurti, and accounts for an
    /// operator of each, staf and kadis.
    final class Office {
        let app: TestApp
        let registry: RegistryService
        let mine: (household: Household, head: Person)
        let theirs: (household: Household, head: Person)

        init() throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]),
                ("op.trimurti", .operator, [RegistryFixtures.trimurti]), ("staf", .staf, []), ("kadis", .kadis, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: RegistryPagesTests.password),
                    by: .cli)
            }
            registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
            mine = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1)),
                head: RegistryFixtures.person("Sumarni Poncosari", sex: .female, born: "1975-08-17", serial: 1),
                by: .cli, scope: .everywhere)
            theirs = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(2), area: RegistryFixtures.trimurti),
                head: RegistryFixtures.person("Sumarno Trimurti", serial: 2), by: .cli, scope: .everywhere)
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            let answer = try browser.login(username, RegistryPagesTests.password)
            #expect(answer.status == 303, "signing in as \(username)")
            return browser
        }

        func count(_ table: String) throws -> Int {
            try app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
        }

        func audits(_ action: String) throws -> Int {
            try app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = ?", [action]) }
        }
    }

    @Test func anOperatorNeverSeesAnotherKalurahansHouseholds() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let list = try browser.get("/keluarga")
        #expect(list.status == 200)
        #expect(list.text.contains("Sumarni Poncosari"))
        #expect(!list.text.contains("Sumarno"))
        #expect(!list.text.contains("Trimurti"), "not even in the area filter")

        for query in ["sumarno", "Trimurti", office.theirs.head.nik, office.theirs.household.noKK, "sumar"] {
            let search = try browser.get("/keluarga?q=\(query)")
            #expect(search.status == 200)
            #expect(!search.text.contains("Sumarno"), "search \(query)")
        }
        #expect(try browser.get("/keluarga?wilayah=\(RegistryFixtures.trimurti)").text.contains("Sumarni"), "an outside area is ignored")

        let household = office.theirs.household.id
        let person = office.theirs.head.id
        for path in [
            "/keluarga/\(household)", "/keluarga/\(household)/ubah", "/keluarga/\(household)/status",
            "/keluarga/\(household)/anggota/baru", "/penduduk/\(person)", "/penduduk/\(person)/ubah",
            "/penduduk/\(person)/pindah", "/penduduk/\(person)/status",
        ] {
            #expect(try browser.get(path).status == 404, "GET \(path)")
        }
        try browser.get("/keluarga/\(office.mine.household.id)/ubah")
        let post = try browser.post("/keluarga/\(household)/ubah", [
            ("version", "1"), ("no_kk", office.theirs.household.noKK), ("area_code", RegistryFixtures.poncosari),
        ])
        #expect(post.status == 404)
        #expect(try office.registry.household(household, scope: .everywhere).areaCode == RegistryFixtures.trimurti)
    }

    @Test func aWholeNIKOrNoKKFindsItsHouseholdAndAPagePastTheEndShowsTheLast() throws {
        let office = try Office()
        let browser = try office.signIn("staf")
        let nik = office.mine.head.nik
        let grouped = [0, 4, 8, 12].map { String(Array(nik)[$0..<$0 + 4]) }.joined(separator: "%20")
        for query in [nik, grouped, office.mine.household.noKK] {
            let search = try browser.get("/keluarga?q=\(query)")
            #expect(search.status == 200)
            #expect(search.text.contains("Sumarni Poncosari") && !search.text.contains("Sumarno"), "search \(query)")
            #expect(search.text.contains("1–1 dari 1"), "search \(query)")
        }
        let deep = try browser.get("/keluarga?halaman=3000")
        #expect(deep.status == 200)
        #expect(deep.text.contains("1–2 dari 2"))
        #expect(deep.text.contains("Sumarni Poncosari") && deep.text.contains("Sumarno Trimurti"))
    }

    @Test func aHouseholdIsCreatedThroughTheFormAndListedMasked() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let form = try browser.get("/keluarga/baru")
        #expect(form.status == 200)
        #expect(form.text.contains("name=\"csrf_token\""))
        #expect(form.text.contains("<option value=\"\(RegistryFixtures.poncosari)\" selected>Poncosari</option>"), "an operator's one kalurahan is chosen")
        #expect(!form.text.contains(RegistryFixtures.trimurti))

        let nik = RegistryFixtures.nik(born: "1988-11-02", sex: .male, serial: 31)
        let created = try browser.post("/keluarga/baru", [
            ("no_kk", "3402 0100 0000 0031"), ("area_code", RegistryFixtures.poncosari), ("dusun", "Ngepet"), ("rt", "002"),
            ("rw", "001"), ("address", "Jl. Kenari 3"), ("nik", nik), ("name", "Agus Prasetyo"), ("sex", "L"),
            ("birth_place", "Bantul"), ("birth_date", "1988-11-02"), ("marital_status", "kawin"), ("religion", "islam"),
            ("education", "sma"), ("occupation", "Buruh"), ("mother_name", "Painem"), ("disability", "tidak"),
            ("chronic_illness", ""), ("jkn_segment", "pbi_apbd"),
        ])
        #expect(created.status == 303)
        let location = try #require(created.header("Location"))
        #expect(location.hasPrefix("/keluarga/"))
        let page = try browser.get(location)
        #expect(page.status == 200)
        #expect(page.text.contains("dengan kepala Agus Prasetyo dicatat."))
        #expect(page.text.contains("3402••••••••0031"))
        #expect(page.text.contains("Kepala keluarga"))
        #expect(!page.text.contains(nik), "members are listed with masked NIKs")

        let list = try browser.get("/keluarga?q=agus")
        #expect(list.text.contains("Agus Prasetyo"))
        #expect(list.text.contains("3402••••••••0031"))
        #expect(!list.text.contains("3402010000000031"))
    }

    @Test func aRefusedFormKeepsTheInputAndNamesTheFields() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        try browser.get("/keluarga/baru")
        let refused = try browser.post("/keluarga/baru", [
            ("no_kk", "12345"), ("area_code", RegistryFixtures.poncosari), ("address", "Jl. Salak 9"),
            ("nik", "3402011505800000"), ("name", "Wati"), ("sex", "P"), ("birth_date", "1980-05-15"),
            ("marital_status", "kawin"), ("religion", "islam"), ("education", "sd"), ("disability", "tidak"),
            ("jkn_segment", "none"),
        ])
        #expect(refused.status == 422)
        for text in [
            NoKKProblem.wrongLength(5).message, NIKProblem.serialZero.message, "value=\"Wati\"", ">Jl. Salak 9</textarea>",
            "<option value=\"P\" selected>", "field-invalid",
        ] {
            #expect(refused.text.contains(text), "the form shows \(text)")
        }
        #expect(try office.count("households") == 2)
    }

    @Test func aStaleEditIsRefusedWith409AndTheInputKept() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let id = office.mine.household.id
        let form = try browser.get("/keluarga/\(id)/ubah")
        #expect(form.text.contains("name=\"version\" value=\"1\""))

        var other = RegistryFixtures.household(office.mine.household.noKK)
        other.address = "Jl. Orang Lain 1"
        _ = try office.registry.editHousehold(id, other, version: 1, by: .cli, scope: .everywhere)

        let fields = [
            ("version", "1"), ("no_kk", office.mine.household.noKK), ("area_code", RegistryFixtures.poncosari),
            ("dusun", "Kauman"), ("rt", "003"), ("rw", "001"), ("address", "Jl. Punya Saya 99"),
        ]
        let stale = try browser.post("/keluarga/\(id)/ubah", fields)
        #expect(stale.status == 409)
        #expect(stale.text.contains(RegistryError.staleMessage))
        #expect(stale.text.contains(">Jl. Punya Saya 99</textarea>"), "the user's input is kept")
        #expect(stale.text.contains("Jl. Orang Lain 1"), "what is stored is shown")
        #expect(stale.text.contains("name=\"version\" value=\"2\""))
        #expect(try office.registry.household(id, scope: .everywhere).address == "Jl. Orang Lain 1")

        let again = try browser.post("/keluarga/\(id)/ubah", [("version", "2")] + fields.dropFirst())
        #expect(again.status == 303)
        #expect(try office.registry.household(id, scope: .everywhere).address == "Jl. Punya Saya 99")
    }

    @Test func aPostWithoutTheCSRFTokenChangesNothing() throws {
        let office = try Office()
        let browser = try office.signIn("staf")
        try browser.get("/keluarga/\(office.mine.household.id)/anggota/baru")
        let audits = try office.count("audit_log")
        let refused = try browser.post(
            "/keluarga/\(office.mine.household.id)/anggota/baru",
            [("nik", RegistryFixtures.nik(born: "2010-01-01", sex: .male, serial: 40)), ("name", "Anak"), ("sex", "L"),
             ("birth_date", "2010-01-01"), ("relationship", "anak")],
            csrf: false)
        #expect(refused.status == 403)
        #expect(try office.count("persons") == 2)
        #expect(try office.count("audit_log") == audits)
    }

    @Test func aDuplicateNIKLinksToTheRecordInsideTheAreaAndIsNeutralOutside() throws {
        let office = try Office()
        func member(_ nik: String) -> [(String, String)] {
            [("nik", nik), ("name", "Kembar"), ("sex", "L"), ("birth_date", "1980-05-15"), ("relationship", "anak"),
             ("marital_status", "belum_kawin"), ("religion", "islam"), ("education", "sd"), ("disability", "tidak"),
             ("jkn_segment", "none")]
        }
        let browser = try office.signIn("op.poncosari")
        try browser.get("/keluarga/\(office.mine.household.id)/anggota/baru")
        let inside = try browser.post("/keluarga/\(office.mine.household.id)/anggota/baru", member(office.mine.head.nik))
        #expect(inside.status == 422)
        #expect(inside.text.contains("NIK ini sudah terdaftar atas nama Sumarni Poncosari."))
        #expect(inside.text.contains("href=\"/penduduk/\(office.mine.head.id)\""))

        // Sumarno's NIK is a man's: the member form is for a man born on the same day.
        let outside = try browser.post("/keluarga/\(office.mine.household.id)/anggota/baru", member(office.theirs.head.nik))
        #expect(outside.status == 422)
        #expect(outside.text.contains(RegistryError.duplicateNIKElsewhere))
        #expect(!outside.text.contains("/penduduk/\(office.theirs.head.id)"))
        #expect(!outside.text.contains("Sumarno"))
        #expect(try office.count("persons") == 2)
    }

    @Test func theFullNIKIsShownToAnOperatorAndAuditedButMaskedForKadis() throws {
        let office = try Office()
        let path = "/penduduk/\(office.mine.head.id)"
        let operatorPage = try office.signIn("op.poncosari").get(path)
        #expect(operatorPage.status == 200)
        #expect(operatorPage.text.contains(office.mine.head.nik))
        #expect(try office.audits("penduduk.lihat") == 1)

        let kadis = try office.signIn("kadis")
        let kadisPage = try kadis.get(path)
        #expect(kadisPage.status == 200)
        #expect(!kadisPage.text.contains(office.mine.head.nik))
        #expect(kadisPage.text.contains(office.mine.head.maskedNIK))
        #expect(try office.audits("penduduk.lihat") == 1)
        #expect(try kadis.get("/keluarga").status == 200)
        #expect(try kadis.get("/keluarga/baru").status == 403)
        #expect(try kadis.get("/keluarga/\(office.theirs.household.id)").status == 200, "kadis covers every area")
    }

    @Test func everyFormOpensWithItsTokenAndADeathIsRecordedThroughOne() throws {
        let office = try Office()
        let browser = try office.signIn("staf")
        let household = office.mine.household.id
        let person = office.mine.head.id
        for path in [
            "/keluarga/baru", "/keluarga/\(household)/ubah", "/keluarga/\(household)/status",
            "/keluarga/\(household)/anggota/baru", "/penduduk/\(person)/ubah", "/penduduk/\(person)/pindah",
            "/penduduk/\(person)/status",
        ] {
            let page = try browser.get(path)
            #expect(page.status == 200, "GET \(path)")
            #expect(page.text.contains("name=\"csrf_token\""), "\(path) has the CSRF token")
        }
        let refused = try browser.post("/penduduk/\(person)/status", [
            ("version", "1"), ("status", "meninggal"), ("status_date", "2030-01-01"), ("reason", ""),
        ])
        #expect(refused.status == 422)
        #expect(refused.text.contains("Tanggal tidak boleh di masa depan."))
        #expect(refused.text.contains("<option value=\"meninggal\" selected>"))
        let saved = try browser.post("/penduduk/\(person)/status", [
            ("version", "1"), ("status", "meninggal"), ("status_date", "2026-11-01"), ("reason", "Sakit"),
        ])
        #expect(saved.status == 303)
        let page = try browser.get("/penduduk/\(person)")
        #expect(page.text.contains("ditandai meninggal"))
        #expect(page.text.contains("Tanggal meninggal"))
        #expect(!page.text.contains("/penduduk/\(person)/ubah"), "no more changes offered")
        #expect(try browser.get("/keluarga/\(household)").text.contains("badge-danger"))
    }

    @Test func aPersonMovesToAnotherHouseholdThroughTheForm() throws {
        let office = try Office()
        let second = try office.registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(3)), head: RegistryFixtures.person("Darmaji", serial: 3),
            by: .cli, scope: .everywhere)
        let browser = try office.signIn("op.poncosari")
        let form = try browser.get("/penduduk/\(office.mine.head.id)/pindah")
        #expect(form.status == 200)
        let moved = try browser.post("/penduduk/\(office.mine.head.id)/pindah", [
            ("version", "1"), ("target_no_kk", second.household.noKK), ("relationship", "istri"), ("reason", "Menikah"),
        ])
        #expect(moved.status == 303)
        #expect(moved.header("Location") == "/keluarga/\(second.household.id)")
        let page = try browser.get("/keluarga/\(office.mine.household.id)")
        #expect(page.text.contains("Sumarni Poncosari keluar (Menikah)"))
        #expect(page.text.contains("belum punya kepala keluarga"))
    }
}

/// A later module's links on the household and person pages, registered through the environment.
struct ProfileLinks: RegistryLinkProvider {
    func links(for household: Household, in db: Connection) throws -> [RelatedLink] {
        [RelatedLink(label: "Profil kesejahteraan", path: "/sidamesra/keluarga/\(household.id)", detail: "Miskin, skor 58")]
    }
}

@Suite struct RegistryLinkTests {
    @Test func anotherModulesLinksShowOnTheHouseholdPage() throws {
        let app = try TestApp { $0.registryLinkProviders = [ProfileLinks()] }
        let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
        _ = try users.create(
            NewUser(username: "staf", fullName: "Staf", role: .staf, password: RegistryPagesTests.password), by: .cli)
        let registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
        let created = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(1)), head: RegistryFixtures.person("Budi", serial: 1),
            by: .cli, scope: .everywhere)
        let browser = app.browser()
        try browser.login("staf", RegistryPagesTests.password)
        let page = try browser.get("/keluarga/\(created.household.id)")
        #expect(page.text.contains("<a href=\"/sidamesra/keluarga/\(created.household.id)\">Profil kesejahteraan</a>: Miskin, skor 58"))
        let person = try browser.get("/penduduk/\(created.head.id)")
        #expect(!person.text.contains("Terkait"), "no person links from this provider")
    }

    @Test func anAdminEditsAPersonWithoutSeeingOrChangingTheNIK() throws {
        let app = try TestApp()
        let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
        _ = try users.create(
            NewUser(username: "admin", fullName: "Admin", role: .admin, password: RegistryPagesTests.password), by: .cli)
        let registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
        var legacy = RegistryFixtures.person("Legacy", serial: 1, nik: "3402011505800000")
        legacy.nikOverrideReason = "NIK lama dengan nomor urut 0000"
        let created = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(1)), head: legacy, by: .cli, scope: .everywhere)
        let browser = app.browser()
        try browser.login("admin", RegistryPagesTests.password)
        let form = try browser.get("/penduduk/\(created.head.id)/ubah")
        #expect(form.status == 200)
        #expect(!form.text.contains("name=\"nik\""))
        #expect(!form.text.contains("3402011505800000"))
        #expect(form.text.contains("3402••••••••0000"))
        let saved = try browser.post("/penduduk/\(created.head.id)/ubah", [
            ("version", "1"), ("name", "Legacy Baru"), ("sex", "L"), ("birth_date", "1980-05-15"), ("relationship", "kepala"),
            ("marital_status", "kawin"), ("religion", "islam"), ("education", "sd"), ("disability", "tidak"),
            ("jkn_segment", "none"),
        ])
        #expect(saved.status == 303)
        let stored = try registry.person(created.head.id, scope: .everywhere)
        #expect(stored.name == "Legacy Baru")
        #expect(stored.nik == "3402011505800000")
        #expect(stored.nikOverrideReason == "NIK lama dengan nomor urut 0000", "the stored reason stays")
    }
}
