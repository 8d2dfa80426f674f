import Core
import Database
import Foundation
import Testing
import TestSupport

/// The background-job runner: queue → worker thread → succeeded, failed or cancelled, with
/// progress, result files, restarts and shutdown.
@Suite struct JobRunnerTests {
    @Test func aQueuedJobRunsAndSucceedsWithItsProgressResultAndSummary() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.hitung", ["count": 5])
        #expect(fixture.runner.waitUntilIdle(timeout: 10))

        let job = try fixture.job(id)
        #expect(job.status == .succeeded)
        #expect(job.progressDone == 5)
        #expect(job.progressTotal == 5)
        #expect(job.percent == 100)
        #expect(job.message == "5 baris ditulis.")
        #expect(job.startedAt != nil)
        #expect(job.finishedAt != nil)
        let result = try #require(job.result)
        #expect(result.filename == "hitungan.txt")
        #expect(result.contentType == "text/plain; charset=utf-8")
        let path = try #require(fixture.folder.file(named: result.storedName))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == (1...5).map { "baris \($0)\n" }.joined())
        #expect(result.byteCount == text.utf8.count)
        #expect(!path.hasPrefix(TestApp.root + "/Public"))
        #expect(try fixture.auditActions(of: id) == ["tugas.buat", "tugas.succeeded"])
    }

    @Test(arguments: [(Duration.seconds(60), [1, 1, 1, 100]), (.zero, [1, 2, 50, 100])])
    func progressIsThrottledButTheFirstAndFinalReportsAreAlwaysWritten(interval: Duration, stored: [Int]) throws {
        let fixture = try JobFixture(progressInterval: interval)
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.bertahap")
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        // Reports of 1, 2, 50 (inside the handler's own write) and 100 of 100, read back after each.
        #expect(fixture.probe.observedProgress.withLock { $0 } == stored)
        let job = try fixture.job(id)
        #expect(job.status == .succeeded)
        #expect(job.progressDone == 100)
        #expect(job.message == "Separuh.", "the last message stays when there is no summary")
    }

    @Test func aHandlerThatThrowsAJobFailureFailsWithItsMessageAndLeavesNoResult() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.gagal")
        #expect(fixture.runner.waitUntilIdle(timeout: 10))

        let job = try fixture.job(id)
        #expect(job.status == .failed)
        #expect(job.message == "Kolom NIK kosong pada baris 3.")
        #expect(job.result == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
        #expect(files.isEmpty, "the half-made result is removed")
        #expect(try fixture.auditActions(of: id) == ["tugas.buat", "tugas.failed"])
    }

    @Test func anUnexpectedErrorFailsTheJobWithAGenericMessageAndLogsTheDetail() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.rusak")
        #expect(fixture.runner.waitUntilIdle(timeout: 10))

        let job = try fixture.job(id)
        #expect(job.status == .failed)
        #expect(job.message == JobMessages.internalFailure(jobID: id))
        #expect(!job.message.contains("InternalProblem"))
        let lines = fixture.probe.logLines.withLock { $0 }
        #expect(lines.contains { $0.contains("job \(id) failed") && $0.contains("InternalProblem") })
    }

    @Test func jobsLeftRunningByARestartAreMarkedFailedAtStart() throws {
        let fixture = try JobFixture()
        let id = try fixture.enqueue("uji.hitung", ["count": 1])
        try fixture.pool.write { db in
            try db.execute("UPDATE jobs SET status = 'running', started_at = '2026-11-24T10:00:00Z' WHERE id = ?", [id])
        }
        try FileManager.default.createDirectory(atPath: fixture.folder.path, withIntermediateDirectories: true)
        let partial = fixture.folder.path + "/sisa.part"
        try Data("setengah".utf8).write(to: URL(fileURLWithPath: partial))

        try fixture.runner.start()
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        let job = try fixture.job(id)
        #expect(job.status == .failed)
        #expect(job.message == "Proses terhenti karena server dimulai ulang; jalankan lagi.")
        #expect(job.finishedAt != nil)
        #expect(fixture.probe.ran.withLock { $0 }.isEmpty, "an interrupted job is not run again by itself")
        #expect(!FileManager.default.fileExists(atPath: partial))
        #expect(try fixture.auditActions(of: id) == ["tugas.buat", "tugas.failed"])
    }

    @Test func jobsQueuedBeforeTheStartRunOneAtATimeInQueueOrder() throws {
        let fixture = try JobFixture()
        let ids = try fixture.pool.write { db in
            try (1...4).map { count in
                try fixture.queue.enqueue(kind: "uji.hitung", parameters: ["count": count], by: JobFixture.admin, in: db)
            }
        }
        try fixture.runner.start()
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        #expect(fixture.probe.ran.withLock { $0 } == ids)
        #expect(fixture.probe.overlap.withLock { $0.most } == 1)
        for id in ids { #expect(try fixture.job(id).status == .succeeded) }
    }

    @Test func aQueuedJobCancelledBeforeItRunsNeverRuns() throws {
        let fixture = try JobFixture()
        let id = try fixture.enqueue("uji.hitung", ["count": 3])
        let before = try fixture.pool.write { try fixture.queue.cancel(id, by: JobFixture.admin, in: $0) }
        #expect(before == .queued)
        try fixture.runner.start()
        #expect(fixture.runner.waitUntilIdle(timeout: 10))

        let job = try fixture.job(id)
        #expect(job.status == .cancelled)
        #expect(job.message == JobMessages.cancelled)
        #expect(job.startedAt == nil)
        #expect(fixture.probe.ran.withLock { $0 }.isEmpty)
        #expect(try fixture.auditActions(of: id) == ["tugas.buat", "tugas.batal"])
    }

    @Test func cancellingARunningJobStopsItsHandlerThroughTheCancellationCheck() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.tunggu")
        #expect(fixture.probe.waiting.wait(timeout: .now() + 10) == .success)
        #expect(try fixture.job(id).status == .running)

        let before = try fixture.pool.write { try fixture.queue.cancel(id, by: JobFixture.admin, in: $0) }
        #expect(before == .running)
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        let job = try fixture.job(id)
        #expect(job.status == .cancelled)
        #expect(job.message == JobMessages.cancelled)
        #expect(try fixture.auditActions(of: id) == ["tugas.buat", "tugas.batal", "tugas.cancelled"])
    }

    @Test func aFinishedJobCannotBeCancelled() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.hitung", ["count": 1])
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        #expect(throws: JobError.alreadyFinished) {
            try fixture.pool.write { try fixture.queue.cancel(id, by: JobFixture.admin, in: $0) }
        }
        #expect(throws: JobError.notFound) {
            try fixture.pool.write { try fixture.queue.cancel(id + 99, by: JobFixture.admin, in: $0) }
        }
        #expect(try fixture.job(id).status == .succeeded)
    }

    @Test func stoppingTheRunnerInterruptsTheRunningJobAndEndsTheWorker() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.tunggu")
        #expect(fixture.probe.waiting.wait(timeout: .now() + 10) == .success)

        #expect(fixture.runner.stop(timeout: 10))
        let job = try fixture.job(id)
        #expect(job.status == .failed)
        #expect(job.message == "Proses terhenti karena server dihentikan; jalankan lagi.")

        let later = try fixture.enqueue("uji.hitung", ["count": 1])
        #expect(!fixture.runner.waitUntilIdle(timeout: 0.2), "a stopped runner is never idle")
        #expect(try fixture.job(later).status == .queued)
    }

    @Test func theRunnerStartsOnlyOnceAndCanStartAgainAfterStopping() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let running = try fixture.enqueue("uji.tunggu")
        #expect(fixture.probe.waiting.wait(timeout: .now() + 10) == .success)
        #expect(throws: JobError.alreadyStarted) { try fixture.runner.start() }
        #expect(try fixture.job(running).status == .running, "a second start does not fail the running job")
        #expect(fixture.runner.stop(timeout: 5))
        let id = try fixture.enqueue("uji.hitung", ["count": 2])
        try fixture.runner.start()
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        #expect(try fixture.job(id).status == .succeeded)
    }

    @Test func anEnqueueRolledBackWithItsTransactionLeavesNoJob() throws {
        struct Refused: Error {}
        let fixture = try JobFixture()
        try fixture.runner.start()
        #expect(throws: Refused.self) {
            try fixture.pool.write { db in
                try fixture.queue.enqueue(kind: "uji.hitung", parameters: ["count": 1], by: JobFixture.admin, in: db)
                throw Refused()
            }
        }
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        #expect(try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM jobs") } == 0)
        #expect(fixture.probe.ran.withLock { $0 }.isEmpty)
    }

    @Test func anUnknownKindIsRefusedWhenQueued() throws {
        let fixture = try JobFixture()
        #expect(throws: JobError.unknownKind("uji.tidak-ada")) {
            try fixture.enqueue("uji.tidak-ada")
        }
    }

    @Test func theHandlerSeesItsCreatorWithTheAreaScopeTheyHadWhenQueuing() throws {
        let fixture = try JobFixture()
        try fixture.runner.start()
        let id = try fixture.enqueue("uji.hitung", ["count": 1], by: JobFixture.operatorActor)
        #expect(fixture.runner.waitUntilIdle(timeout: 10))
        let creator = try #require(fixture.probe.creators.withLock { $0[id] })
        #expect(creator.id == JobFixture.operatorID)
        #expect(creator.role == .operator)
        #expect(creator.scope == .areas(["34.02.01.2001"]))
        #expect(try fixture.job(id).creatorUsername == "op.uji")
    }

    @Test func registeringTwoKindsUnderOneNameIsRecorded() {
        let kind = JobKind(name: "uji.sama", label: "Sama") { _ in }
        let registry = JobRegistry([kind, kind])
        #expect(registry.duplicateNames == ["uji.sama"])
        #expect(registry.names == ["uji.sama"])
    }

    @Test(arguments: [("abc_DEF-123", true), ("", false), ("../x", false), ("a/b", false), ("a.part", false)])
    func resultNamesCannotLeaveTheFolder(name: String, accepted: Bool) {
        let folder = JobResultFolder(path: "/tmp/hasil")
        #expect((folder.file(named: name) != nil) == accepted)
    }
}
