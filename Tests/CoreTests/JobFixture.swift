import Core
import Database
import Dispatch
import Foundation
import Synchronization
import TestSupport

/// A migrated temporary database, a queue with test job kinds, and a runner on it (not started).
final class JobFixture {
    let database: TemporaryDatabase
    let queue: JobQueue
    let runner: JobRunner
    let folder: JobResultFolder
    let probe: JobProbe
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let adminID: Int64 = 1000
    static let operatorID: Int64 = 1001
    static let admin = Actor(kind: .user, userID: adminID, username: "admin.uji", role: .admin, address: "10.0.0.9", requestID: "r-1")
    static let operatorActor = Actor(
        kind: .user, userID: operatorID, username: "op.uji", role: .operator, address: "10.0.0.8", requestID: "r-2")

    init(progressInterval: Duration = .milliseconds(250)) throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, _) = Clock.manual(Self.start)
        probe = JobProbe()
        queue = JobQueue(registry: JobRegistry(probe.kinds), clock: clock)
        folder = JobResultFolder(besideUploads: database.directory + "/uploads")
        let probe = probe
        runner = JobRunner(queue: queue, pool: database.pool, folder: folder, pollInterval: 1, progressInterval: progressInterval) { line in
            probe.logLines.withLock { $0.append(line) }
        }
        try database.pool.write { db in
            for (id, username, role) in [(Self.adminID, "admin.uji", "admin"), (Self.operatorID, "op.uji", "operator")] {
                try db.execute(
                    """
                    INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                    VALUES (?, ?, 'Petugas Uji', ?, 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """, [id, username, role])
            }
            try db.execute("INSERT INTO user_areas (user_id, area_code) VALUES (?, '34.02.01.2001')", [Self.operatorID])
        }
    }

    deinit {
        runner.stop(timeout: 5)
    }

    var pool: DatabasePool { database.pool }

    @discardableResult
    func enqueue(_ kind: String, _ parameters: [String: Int] = [:], by actor: Actor = JobFixture.admin) throws -> Int64 {
        try pool.write { try queue.enqueue(kind: kind, parameters: parameters, by: actor, in: $0) }
    }

    func job(_ id: Int64) throws -> Job {
        guard let job = try pool.read({ try JobStore.find(id, in: $0) }) else { throw JobError.notFound }
        return job
    }

    func auditActions(of id: Int64) throws -> [String] {
        try pool.read { db in
            try db.query("SELECT action FROM audit_log WHERE entity = 'jobs' AND entity_id = ? ORDER BY id", [String(id)])
                .map { try $0.get(0) }
        }
    }
}

/// Test job kinds and what they observed, shared with the worker thread.
final class JobProbe: Sendable {
    /// Ids in the order their handlers ran.
    let ran = Mutex<[Int64]>([])
    /// The most handlers that ran at the same time.
    let overlap = Mutex<(now: Int, most: Int)>((0, 0))
    /// The creators the handlers saw.
    let creators = Mutex<[Int64: CurrentUser]>([:])
    /// The progress `uji.bertahap` read back after each report.
    let observedProgress = Mutex<[Int]>([])
    /// What the runner logged.
    let logLines = Mutex<[String]>([])
    /// Signalled when `uji.tunggu` is running.
    let waiting = DispatchSemaphore(value: 0)

    struct Count: Decodable { let count: Int }

    struct InternalProblem: Error {}

    var kinds: [JobKind] {
        [
            JobKind(name: "uji.hitung", label: "Hitung") { [self] job in
                enter(job)
                defer { leave() }
                let count = try job.parameters(as: Count.self).count
                try job.writeResult(filename: "hitungan.txt", contentType: "text/plain; charset=utf-8") { file in
                    for number in 1...count {
                        try file.write("baris \(number)\n")
                        try job.report(done: number, total: count, message: "Baris \(number) dari \(count).")
                    }
                }
                job.summary = "\(count) baris ditulis."
            },
            JobKind(name: "uji.gagal", label: "Gagal") { [self] job in
                enter(job)
                defer { leave() }
                try job.writeResult(filename: "sebagian.txt", contentType: "text/plain") { try $0.write("sebagian") }
                throw JobFailure("Kolom NIK kosong pada baris 3.")
            },
            JobKind(name: "uji.rusak", label: "Rusak") { [self] job in
                enter(job)
                defer { leave() }
                throw InternalProblem()
            },
            JobKind(name: "uji.bertahap", label: "Bertahap") { [self] job in
                enter(job)
                defer { leave() }
                func stored() throws -> Int {
                    try job.pool.read { try $0.scalar(Int.self, "SELECT progress_done FROM jobs WHERE id = ?", [job.id]) }
                }
                var seen: [Int] = []
                try job.report(done: 1, total: 100, message: "Mulai.")
                seen.append(try stored())
                try job.report(done: 2, total: 100)
                seen.append(try stored())
                try job.pool.write { db in try job.report(done: 50, total: 100, message: "Separuh.", in: db) }
                seen.append(try stored())
                try job.report(done: 100, total: 100)
                seen.append(try stored())
                observedProgress.withLock { $0 = seen }
            },
            JobKind(name: "uji.tunggu", label: "Tunggu") { [self] job in
                enter(job)
                defer { leave() }
                try job.report(done: 0, total: nil, message: "Menunggu.")
                waiting.signal()
                let deadline = Date(timeIntervalSinceNow: 10)
                while Date() < deadline {
                    try job.checkCancellation()
                    Thread.sleep(forTimeInterval: 0.01)
                }
                throw JobFailure("Tidak pernah dibatalkan.")
            },
        ]
    }

    private func enter(_ job: JobContext) {
        ran.withLock { $0.append(job.id) }
        if let creator = job.creator { creators.withLock { $0[job.id] = creator } }
        overlap.withLock { state in
            state.now += 1
            state.most = max(state.most, state.now)
        }
    }

    private func leave() {
        overlap.withLock { $0.now -= 1 }
    }
}
