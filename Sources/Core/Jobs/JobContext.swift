package import Database
import Foundation

/// What a handler gets while its job runs on the worker thread: the database, the parameters it
/// was queued with, who queued it, a progress reporter, a cancellation check and a result file.
/// Used by that one thread only.
package final class JobContext {
    /// The job's id.
    package let id: Int64
    /// The job's kind name.
    package let kind: String
    /// The application's database.
    package let pool: DatabasePool
    /// The application's clock (tests move it).
    package let clock: Clock
    /// Who queued the job (nil for the command line or the system), with the area scope they had
    /// then: exports and imports stay inside it.
    package let creator: CurrentUser?
    /// The message stored when the job succeeds ("1.234 baris diimpor."); nil keeps the last
    /// progress message, or "Selesai." when there was none.
    package var summary: String?

    let parametersJSON: String
    let signal: JobSignal
    let folder: JobResultFolder
    private(set) var result: JobResult?
    private var progress: (done: Int, total: Int?, message: String) = (0, nil, "")
    private var progressDirty = false
    private var lastProgressWrite: ContinuousClock.Instant?
    private var lastCancelCheck = ContinuousClock.now
    private var cancelRequested = false

    /// Progress is written at most this often (plus the first and the final report).
    let progressInterval: Duration
    /// The cancellation check reads the database at most this often.
    static let cancelCheckInterval = Duration.milliseconds(250)

    init(
        id: Int64, kind: String, parameters: String, creator: CurrentUser?, pool: DatabasePool, clock: Clock,
        signal: JobSignal, folder: JobResultFolder, progressInterval: Duration
    ) {
        self.progressInterval = progressInterval
        self.id = id
        self.kind = kind
        self.parametersJSON = parameters
        self.creator = creator
        self.pool = pool
        self.clock = clock
        self.signal = signal
        self.folder = folder
    }

    /// The actor for audit rows the job writes: its creator (with a `job-<id>` request id), or
    /// the system.
    package var actor: Actor {
        guard let creator else { return .system }
        return Actor(
            kind: .user, userID: creator.id, username: creator.username, role: creator.role, address: "",
            requestID: "job-\(id)")
    }

    /// The parameters the job was queued with, decoded as `T`.
    package func parameters<T: Decodable>(as type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(parametersJSON.utf8))
        } catch {
            throw JobFailure("Parameter tugas tidak dapat dibaca.")
        }
    }

    /// Records progress: `done` of `total` (nil when unknown) and an optional note for the user.
    /// Written to the database at most every 250 ms (the runner's `progressInterval`), and always
    /// at the first report and the final one (`done` reaching `total`). Throws `JobInterruption`
    /// when the job was cancelled or the server is stopping; the handler lets it propagate.
    ///
    /// Inside a `pool.write` closure pass its connection as `db` (a nested write is refused): the
    /// progress then commits with that transaction, which suits imports written in batches.
    package func report(done: Int, total: Int?, message: String? = nil, in db: Connection? = nil) throws {
        progress = (done, total, message ?? progress.message)
        progressDirty = true
        let now = ContinuousClock.now
        let final = total.map { done >= $0 } ?? false
        if final || lastProgressWrite.map({ now - $0 >= progressInterval }) ?? true {
            try writeProgress(at: now, in: db)
        }
        try checkCancellation()
    }

    /// True when a user cancelled the job or the server is stopping.
    package var isCancelled: Bool {
        if signal.isStopping || cancelRequested { return true }
        let now = ContinuousClock.now
        guard now - lastCancelCheck >= Self.cancelCheckInterval else { return false }
        lastCancelCheck = now
        cancelRequested = (try? pool.read { try JobStore.cancelRequested(id, in: $0) }) ?? false
        return cancelRequested
    }

    /// Throws `JobInterruption` when the job must stop; cheap enough to call per row.
    package func checkCancellation() throws {
        if signal.isStopping { throw JobInterruption.serverStopping }
        if isCancelled { throw JobInterruption.cancelled }
    }

    /// Writes the job's result file: `body` appends to it; when `body` returns, the file is the
    /// one offered as `filename` (`contentType`) once the job succeeds. A second call replaces the
    /// first result. When `body` throws, the file is removed and the error rethrown.
    package func writeResult(filename: String, contentType: String, _ body: (JobResultFile) throws -> Void) throws {
        try folder.create()
        let storedName = folder.newName()
        guard let finalPath = folder.file(named: storedName) else { throw JobFailure("Nama berkas hasil tidak sah.") }
        let partPath = finalPath + ".part"
        let file = try JobResultFile(path: partPath)
        do {
            try body(file)
            try file.close()
            try FileManager.default.moveItem(atPath: partPath, toPath: finalPath)
        } catch {
            file.abandon()
            try? FileManager.default.removeItem(atPath: partPath)
            throw error
        }
        discardResult()
        result = JobResult(storedName: storedName, filename: filename, contentType: contentType, byteCount: file.byteCount)
    }

    /// Writes progress reported but not yet stored.
    func flushProgress() throws {
        guard progressDirty else { return }
        try writeProgress(at: .now)
    }

    /// The last message reported.
    var lastMessage: String { progress.message }

    /// Removes the result file (the job failed after writing it).
    func discardResult() {
        guard let result, let path = folder.file(named: result.storedName) else { return }
        try? FileManager.default.removeItem(atPath: path)
        self.result = nil
    }

    private func writeProgress(at now: ContinuousClock.Instant, in connection: Connection? = nil) throws {
        let (done, total, message) = progress
        let save = { [id] (db: Connection) in
            try JobStore.saveProgress(id, done: done, total: total, message: message, in: db)
        }
        let requested = try connection.map(save) ?? pool.write(save)
        if requested { cancelRequested = true }
        progressDirty = false
        lastProgressWrite = now
        lastCancelCheck = now
    }
}
