import App
import Dispatch
import Core
import Database
import Foundation
import Testing
import TestSupport

/// The job pages through the real application: queue the user export from /admin/pengguna,
/// follow its progress page, download the result; other users see nothing of it.
@Suite struct JobPagesTests {
    static let password = "Sandi-Rahasia-1"

    /// A running app with an admin signed in and a few more accounts.
    final class Office {
        let app: TestApp
        let admin: TestBrowser
        let service: UserService

        init() throws {
            app = try TestApp()
            service = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
            for (username, role, areas, fullName) in [
                ("admin", Role.admin, [String](), "Admin Dinas"), ("staf.satu", .staf, [], "=HYPERLINK(\"x\")"),
                ("kasi", .kasi, [], "Kepala Seksi"), ("op.poncosari", .operator, ["34.02.01.2001"], "Siti Aminah"),
            ] {
                _ = try service.create(
                    NewUser(username: username, fullName: fullName, role: role, areaCodes: areas, password: JobPagesTests.password),
                    by: .cli)
            }
            admin = try Self.signIn("admin", to: app)
        }

        func signIn(_ username: String) throws -> TestBrowser { try Self.signIn(username, to: app) }

        static func signIn(_ username: String, to app: TestApp) throws -> TestBrowser {
            let browser = app.browser()
            #expect(try browser.login(username, JobPagesTests.password).status == 303, "signing in as \(username)")
            return browser
        }

        /// Queues the export through the button on the user list; returns the job id.
        func queueExport() throws -> Int64 {
            let list = try admin.get("/admin/pengguna")
            #expect(list.text.contains("action=\"/admin/pengguna/ekspor\""))
            let queued = try admin.post("/admin/pengguna/ekspor", [])
            #expect(queued.status == 303)
            let location = try #require(queued.header("Location"))
            #expect(location.hasPrefix("/tugas/"))
            return try #require(Int64(location.dropFirst("/tugas/".count)))
        }

        func job(_ id: Int64) throws -> Job? {
            try app.environment.pool.read { try JobStore.find(id, in: $0) }
        }
    }

    @Test func theExportIsQueuedRefreshesWhileWaitingAndOffersItsResultWhenDone() throws {
        let office = try Office()
        let id = try office.queueExport()
        let waiting = try office.admin.get("/tugas/\(id)")
        #expect(waiting.status == 200)
        #expect(waiting.text.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
        #expect(waiting.text.contains("Menunggu"))
        #expect(waiting.text.contains("Ekspor daftar pengguna (CSV)"))
        #expect(waiting.text.contains("Ekspor daftar pengguna dimasukkan ke antrean."))
        #expect(!waiting.text.contains("/tugas/\(id)/hasil"))
        #expect(!waiting.text.contains("style="), "no inline styles under the CSP")

        let runner = try office.app.startJobRunner()
        #expect(runner.waitUntilIdle(timeout: 10))
        let done = try office.admin.get("/tugas/\(id)")
        #expect(done.status == 200)
        #expect(!done.text.contains("http-equiv=\"refresh\""))
        #expect(done.text.contains("href=\"/tugas/\(id)/hasil\""))
        #expect(done.text.contains("<progress value=\"4\" max=\"4\""))
        #expect(done.text.contains("4 pengguna diekspor."))
        #expect(done.text.contains("Selesai"))
        #expect(!done.text.contains("Batalkan tugas"))
    }

    @Test func aRunningJobShowsItsProgressBarAndRefreshes() throws {
        let office = try Office()
        let id = try office.queueExport()
        try office.app.environment.pool.write { db in
            try db.execute(
                """
                UPDATE jobs SET status = 'running', started_at = '2026-11-16T09:00:00Z', progress_done = 250,
                    progress_total = 1000, message = '250 dari 1.000 pengguna ditulis.' WHERE id = ?
                """, [id])
        }
        let page = try office.admin.get("/tugas/\(id)")
        #expect(page.text.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
        #expect(page.text.contains("<progress value=\"250\" max=\"1000\""))
        #expect(page.text.contains("250 dari 1.000 (25%)"))
        #expect(page.text.contains("250 dari 1.000 pengguna ditulis."))
        #expect(page.text.contains("Berjalan"))
        #expect(page.text.contains("Lama proses"))
        #expect(page.text.contains("action=\"/tugas/\(id)/batal\""))
    }

    @Test func theResultDownloadsAsAnAttachmentWithItsTypeAndContent() throws {
        let office = try Office()
        let id = try office.queueExport()
        #expect(try office.app.startJobRunner().waitUntilIdle(timeout: 10))

        let file = try office.admin.get("/tugas/\(id)/hasil")
        #expect(file.status == 200)
        #expect(file.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(file.header("Content-Disposition") == "attachment; filename=\"daftar-pengguna.csv\"")
        #expect(Array(file.body.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM for Excel")
        let lines = file.text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "Nama pengguna;Nama lengkap;Peran;Wilayah;Status;Dibuat;Kata sandi diubah")
        #expect(lines.contains { $0.hasPrefix("op.poncosari;Siti Aminah;Operator Kalurahan;Kalurahan Poncosari (34.02.01.2001);Aktif;") })
        #expect(lines.contains { $0.hasPrefix("staf.satu;\"'=HYPERLINK(\"\"x\"\")\";") }, "formulas are neutralised")
        #expect(lines.filter { !$0.isEmpty }.count == 5)
    }

    @Test func anotherUserGets404ForTheJobItsResultAndItsCancellation() throws {
        let office = try Office()
        let id = try office.queueExport()
        #expect(try office.app.startJobRunner().waitUntilIdle(timeout: 10))

        let staf = try office.signIn("staf.satu")
        #expect(try staf.get("/tugas/\(id)").status == 404)
        #expect(try staf.get("/tugas/\(id)/hasil").status == 404)
        try staf.get("/tugas")
        #expect(try staf.post("/tugas/\(id)/batal", []).status == 404)
        #expect(try staf.get("/tugas/\(id + 1000)").status == 404)
        #expect(try staf.get("/tugas/abc").status == 404)

        let list = try staf.get("/tugas")
        #expect(list.status == 200)
        #expect(!list.text.contains("/tugas/\(id)\""))
        #expect(list.text.contains("Belum ada tugas."))

        let kasi = try office.signIn("kasi")
        #expect(try kasi.get("/tugas/\(id)").status == 200)
        let all = try kasi.get("/tugas")
        #expect(all.text.contains("href=\"/tugas/\(id)\""))
        #expect(all.text.contains("<th scope=\"col\">Oleh</th>"))
        #expect(all.text.contains("<td>admin</td>"))
    }

    @Test func onlyTheAdminMayQueueTheUserExport() throws {
        let office = try Office()
        let staf = try office.signIn("staf.satu")
        try staf.get("/tugas")
        #expect(try staf.post("/admin/pengguna/ekspor", []).status == 403)
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM jobs") } == 0)
    }

    @Test func postsWithoutTheCSRFTokenAreRefused() throws {
        let office = try Office()
        try office.admin.get("/admin/pengguna")
        #expect(try office.admin.post("/admin/pengguna/ekspor", [], csrf: false).status == 403)
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM jobs") } == 0)

        let id = try office.queueExport()
        #expect(try office.admin.post("/tugas/\(id)/batal", [], csrf: false).status == 403)
        #expect(try office.job(id)?.status == .queued)
    }

    @Test func aQueuedJobIsCancelledFromItsPage() throws {
        let office = try Office()
        let id = try office.queueExport()
        let page = try office.admin.get("/tugas/\(id)")
        #expect(page.text.contains("Batalkan tugas"))
        let cancelled = try office.admin.post("/tugas/\(id)/batal", [])
        #expect(cancelled.status == 303)
        #expect(cancelled.header("Location") == "/tugas/\(id)")
        #expect(try office.job(id)?.status == .cancelled)

        let after = try office.admin.get("/tugas/\(id)")
        #expect(after.text.contains("Tugas #\(id) dibatalkan."))
        #expect(after.text.contains("Dibatalkan"))
        #expect(!after.text.contains("http-equiv=\"refresh\""))
        #expect(try office.admin.get("/tugas/\(id)/hasil").status == 404)

        let again = try office.admin.post("/tugas/\(id)/batal", [])
        #expect(again.status == 303)
        #expect(try office.admin.get("/tugas/\(id)").text.contains("sudah selesai"))
    }

    @Test func theListShowsOwnJobsNewestFirstAndRefreshesWhileOneIsUnfinished() throws {
        let office = try Office()
        let first = try office.queueExport()
        let second = try office.queueExport()
        let list = try office.admin.get("/tugas")
        #expect(list.status == 200)
        #expect(list.text.contains("http-equiv=\"refresh\""))
        let firstAt = try #require(list.text.range(of: "href=\"/tugas/\(first)\""))
        let secondAt = try #require(list.text.range(of: "href=\"/tugas/\(second)\""))
        #expect(secondAt.lowerBound < firstAt.lowerBound)
        #expect(list.text.contains("aria-current=\"page\""), "the Tugas menu entry is current")

        #expect(try office.app.startJobRunner().waitUntilIdle(timeout: 10))
        let done = try office.admin.get("/tugas")
        #expect(!done.text.contains("http-equiv=\"refresh\""))
        #expect(done.text.contains("100%"))
    }
}

@Suite struct JobRegistryStartUpTests {
    @Test func theApplicationRefusesToStartWithTwoJobKindsOfOneName() throws {
        let kind = JobKind(name: "uji.ganda", label: "Ganda") { _ in }
        #expect(throws: CommandFailure.self) {
            _ = try TestApp { environment in
                environment.jobs = JobQueue(registry: JobRegistry([kind, kind]), clock: environment.clock)
            }
        }
    }

    @Test func theApplicationRegistersTheUserExport() throws {
        let app = try TestApp()
        #expect(app.environment.jobs.registry.names.contains(UserExportJob.name))
        #expect(app.environment.jobResults.path.hasSuffix("/results"))
        #expect(!app.environment.jobResults.path.contains("/Public"))
    }
}

@Suite struct RunningJobCancellationTests {
    @Test func aRunningJobCancelledFromItsPageStopsAtItsNextCheck() throws {
        let started = DispatchSemaphore(value: 0)
        let slow = JobKind(name: "uji.lama", label: "Proses lama") { job in
            try job.report(done: 0, total: nil, message: "Sedang berjalan.")
            started.signal()
            let deadline = Date(timeIntervalSinceNow: 10)
            while Date() < deadline {
                try job.checkCancellation()
                Thread.sleep(forTimeInterval: 0.01)
            }
            throw JobFailure("Tidak pernah dibatalkan.")
        }
        let app = try TestApp { environment in
            environment.jobs = JobQueue(registry: JobRegistry([slow]), clock: environment.clock)
        }
        let service = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
        let admin = try service.create(
            NewUser(username: "admin", fullName: "Admin Dinas", role: .admin, password: JobPagesTests.password), by: .cli)
        let browser = app.browser()
        #expect(try browser.login("admin", JobPagesTests.password).status == 303)
        let runner = try app.startJobRunner()
        let actor = Actor.user(admin.currentUser, address: "127.0.0.1", requestID: "uji")
        let id = try app.environment.pool.write { try app.environment.jobs.enqueue(kind: "uji.lama", by: actor, in: $0) }
        #expect(started.wait(timeout: .now() + 10) == .success)

        let running = try browser.get("/tugas/\(id)")
        #expect(running.text.contains("Berjalan"))
        #expect(running.text.contains("Sedang berjalan."))
        #expect(running.text.contains("<progress aria-label=\"Kemajuan\">"), "an unknown total shows a moving bar")
        let asked = try browser.post("/tugas/\(id)/batal", [])
        #expect(asked.status == 303)
        #expect(runner.waitUntilIdle(timeout: 10))

        let page = try browser.get("/tugas/\(id)")
        #expect(page.text.contains("Permintaan pembatalan tugas #\(id) dikirim"))
        #expect(page.text.contains("Dibatalkan atas permintaan pengguna."))
        #expect(!page.text.contains("http-equiv=\"refresh\""))
    }
}
