import App
import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// The assessment form and the welfare profile through the real application: an operator
/// assesses a household of its kalurahan, incomplete forms keep the answers, other kalurahan and
/// read-only roles are kept out, CSRF is required, the household page links to the profile.
@Suite struct AssessmentPagesTests {
    static let password = "Sandi-Rahasia-1"

    final class Office {
        let app: TestApp
        let mine: Household
        let theirs: Household
        let set: IndicatorSet

        init() throws {
            app = try TestApp()
            let users = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas) in [
                ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]),
                ("op.trimurti", .operator, [RegistryFixtures.trimurti]), ("kadis", .kadis, []), ("kasi", .kasi, []),
            ] {
                _ = try users.create(
                    NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                            password: AssessmentPagesTests.password),
                    by: .cli)
            }
            let registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock)
            mine = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1)),
                head: RegistryFixtures.person("Sumarni Poncosari", sex: .female, born: "1975-08-17", serial: 1),
                by: .cli, scope: .everywhere
            ).household
            theirs = try registry.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(2), area: RegistryFixtures.trimurti),
                head: RegistryFixtures.person("Sumarno Trimurti", serial: 2), by: .cli, scope: .everywhere
            ).household
            set = try #require(try IndicatorCatalog(pool: app.environment.pool).activeSet())
        }

        func signIn(_ username: String) throws -> TestBrowser {
            let browser = app.browser()
            let answer = try browser.login(username, AssessmentPagesTests.password)
            #expect(answer.status == 303, "signing in as \(username)")
            return browser
        }

        /// The form fields answering every indicator at `position` (capped at its option count),
        /// leaving out `skipping`.
        func answers(position: Int, skipping: Set<String> = []) throws -> [(String, String)] {
            try set.indicators.filter { !skipping.contains($0.code) }.map { indicator in
                let option = try #require(indicator.option(position: min(position, indicator.options.count)))
                return ("answer_\(indicator.code)", String(option.id))
            }
        }

        func assessments() throws -> Int {
            try app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM assessments") }
        }
    }

    @Test func anOperatorAssessesItsHouseholdAndTheProfileShowsTheScore() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        let form = try browser.get("/keluarga/\(office.mine.id)/penilaian")
        #expect(form.status == 200)
        #expect(form.text.contains("<legend>"))
        #expect(form.text.contains("type=\"radio\""))
        #expect(form.text.contains("name=\"csrf_token\""))
        #expect(form.text.contains("value=\"2026-11-1"), "the date defaults to today")
        #expect(!form.text.contains("<td>4</td>"), "points are not shown on the form")
        let saved = try browser.post(
            "/keluarga/\(office.mine.id)/penilaian",
            try office.answers(position: 2) + [("assessed_on", "2026-11-01"), ("note", "Kunjungan rumah")])
        #expect(saved.status == 303)
        #expect(saved.header("Location") == "/keluarga/\(office.mine.id)/profil")
        let profile = try browser.get("/keluarga/\(office.mine.id)/profil")
        #expect(profile.status == 200)
        #expect(profile.text.contains("Penilaian tersimpan: total 50, Miskin."))
        #expect(profile.text.contains("Total 50"))
        #expect(profile.text.contains("band band-miskin\">Miskin"))
        #expect(profile.text.contains("<svg class=\"score-bar\""))
        #expect(profile.text.contains("class=\"fill-sangat-miskin\""))
        #expect(profile.text.contains("<svg class=\"score-chart\""))
        #expect(profile.text.contains("Sumarni Poncosari"))
        #expect(!profile.text.contains(RegistryFixtures.nik(born: "1975-08-17", sex: .female, serial: 1)), "NIK masked")
        #expect(!profile.text.contains("style="), "no inline styles (CSP)")

        let again = try browser.get("/keluarga/\(office.mine.id)/penilaian")
        let chosen = try #require(office.set.indicators[0].option(position: 2))
        #expect(again.text.contains("value=\"\(chosen.id)\" checked"), "a re-assessment starts from the current answers")

        let household = try browser.get("/keluarga/\(office.mine.id)")
        #expect(household.text.contains("<a href=\"/keluarga/\(office.mine.id)/profil\">Profil kesejahteraan</a>: total 50 · Miskin"))
        #expect(household.text.contains("<a href=\"/keluarga/\(office.mine.id)/penilaian\">Isi penilaian</a>"))
    }

    @Test func anIncompleteFormIsRefusedKeepingEveryAnswer() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        _ = try browser.get("/keluarga/\(office.mine.id)/penilaian")
        let left = office.set.indicators[5]
        let refused = try browser.post(
            "/keluarga/\(office.mine.id)/penilaian",
            try office.answers(position: 3, skipping: [left.code]) + [("assessed_on", "2026-11-01"), ("note", "Catatan saya")])
        #expect(refused.status == 422)
        #expect(refused.text.contains("1 indikator belum dijawab"))
        #expect(refused.text.contains("\(left.code) — \(left.question)"))
        #expect(refused.text.contains("id=\"soal-\(left.code)-error\""))
        let kept = try #require(office.set.indicators[0].option(position: 3))
        #expect(refused.text.contains("value=\"\(kept.id)\" checked"))
        #expect(refused.text.contains("Catatan saya"))
        #expect(try office.assessments() == 0)
    }

    @Test func anOperatorOfAnotherKalurahanFindsNothing() throws {
        let office = try Office()
        let browser = try office.signIn("op.trimurti")
        #expect(try browser.get("/keluarga/\(office.mine.id)/penilaian").status == 404)
        #expect(try browser.get("/keluarga/\(office.mine.id)/profil").status == 404)
        _ = try browser.get("/keluarga/\(office.theirs.id)/penilaian")
        let posted = try browser.post(
            "/keluarga/\(office.mine.id)/penilaian", try office.answers(position: 1) + [("assessed_on", "2026-11-01")])
        #expect(posted.status == 404)
        #expect(try office.assessments() == 0)
    }

    @Test func aPostWithoutTheCSRFTokenChangesNothing() throws {
        let office = try Office()
        let browser = try office.signIn("op.poncosari")
        _ = try browser.get("/keluarga/\(office.mine.id)/penilaian")
        let posted = try browser.post(
            "/keluarga/\(office.mine.id)/penilaian", try office.answers(position: 1) + [("assessed_on", "2026-11-01")],
            csrf: false)
        #expect(posted.status == 403)
        #expect(try office.assessments() == 0)
    }

    @Test func theHeadOfOfficeReadsProfilesButCannotAssess() throws {
        let office = try Office()
        let browser = try office.signIn("kadis")
        #expect(try browser.get("/keluarga/\(office.mine.id)/penilaian").status == 403)
        #expect(try browser.get("/keluarga/\(office.mine.id)/profil").status == 200)
        let household = try browser.get("/keluarga/\(office.mine.id)")
        #expect(household.text.contains("Profil kesejahteraan</a>: belum dinilai"))
        #expect(!household.text.contains("Isi penilaian"))
    }

    @Test func theActiveSetOffersRescoringAsABackgroundJob() throws {
        let office = try Office()
        let operatorBrowser = try office.signIn("op.poncosari")
        _ = try operatorBrowser.get("/keluarga/\(office.mine.id)/penilaian")
        #expect(try operatorBrowser.post(
            "/keluarga/\(office.mine.id)/penilaian", try office.answers(position: 2) + [("assessed_on", "2026-11-01")]
        ).status == 303)
        let kasi = try office.signIn("kasi")
        let service = IndicatorSetService(pool: office.app.environment.pool, clock: office.app.environment.clock)
        let actor = Actor(kind: .cli, userID: nil, username: "cli", role: nil, address: "", requestID: "t")
        let draft = try service.copyToDraft(office.set.id, by: actor)
        let active = try service.activate(draft.id, version: draft.version, by: actor)
        let page = try kasi.get("/sidamesra/indikator/\(active.id)")
        #expect(page.text.contains("Hitung ulang skor semua keluarga dengan versi ini"))
        #expect(try kasi.get("/sidamesra/indikator/\(office.set.id)").text.contains("Hitung ulang") == false)
        let runner = try office.app.startJobRunner()
        let queued = try kasi.post("/sidamesra/indikator/\(active.id)/skor-ulang", [])
        #expect(queued.status == 303)
        let location = try #require(queued.header("Location"))
        #expect(location.hasPrefix("/tugas/"))
        #expect(runner.waitUntilIdle(timeout: 10))
        let job = try kasi.get(location)
        #expect(job.text.contains("1 keluarga dihitung ulang."))
        let score = try SidamesraReadAPI(pool: office.app.environment.pool).currentScore(ofHousehold: office.mine.id)
        #expect(score?.setID == active.id)
        #expect(score?.total == 50)
        #expect(!(try kasi.get("/sidamesra/indikator/\(active.id)").text.contains("Hitung ulang")), "nothing left to re-score")
    }
}
