package import Database
package import Foundation

/// Runs queued jobs one at a time, oldest first, on one dedicated worker thread (never on the
/// server's loops or Swift's cooperative pool: handlers block on SQLite and files). Woken by
/// `JobQueue.enqueue`, with a slow poll as a fallback; stopped by `stop(timeout:)` at shutdown.
package final class JobRunner: Sendable {
    let queue: JobQueue
    let pool: DatabasePool
    let folder: JobResultFolder
    let pollInterval: TimeInterval
    let progressInterval: Duration
    let log: @Sendable (String) -> Void

    /// A runner for `queue`'s jobs on `pool`, writing results into `folder`; it looks for queued
    /// jobs every `pollInterval` seconds even without a wake-up, and handlers' progress is written
    /// at most every `progressInterval`.
    package init(
        queue: JobQueue, pool: DatabasePool, folder: JobResultFolder, pollInterval: TimeInterval = 10,
        progressInterval: Duration = .milliseconds(250),
        log: @escaping @Sendable (String) -> Void = JobRunner.logToStandardError
    ) {
        self.queue = queue
        self.pool = pool
        self.folder = folder
        self.pollInterval = pollInterval
        self.progressInterval = progressInterval
        self.log = log
    }

    var signal: JobSignal { queue.signal }

    /// Marks jobs left running by a crash or restart as failed, removes half-written results, and
    /// starts the worker thread. Throws `JobError.alreadyStarted` when it runs already.
    package func start() throws {
        guard signal.markStarted() else { throw JobError.alreadyStarted }
        let interrupted: [Int64]
        do {
            interrupted = try pool.write { db in
                let now = queue.clock.now
                let ids = try JobStore.failInterrupted(message: JobMessages.interruptedByRestart, at: now, in: db)
                for id in ids {
                    try AuditLog.record(Self.statusEntry(id, .failed), by: .system, in: db, at: now)
                }
                return ids
            }
        } catch {
            signal.markExited()
            throw error
        }
        if !interrupted.isEmpty {
            log("jobs: \(interrupted.count) job(s) left running by the last stop marked failed: \(interrupted)")
        }
        folder.removePartialFiles()
        let thread = Thread { [self] in work() }
        thread.name = "dinsos-jobs"
        thread.start()
    }

    /// Asks the worker to stop (a running job is interrupted at its next progress report or
    /// cancellation check and marked failed) and waits up to `timeout` seconds for it to end.
    /// False when it did not end in time; its job then stays `running` until the next start.
    @discardableResult
    package func stop(timeout: TimeInterval = 30) -> Bool {
        signal.requestStop()
        return signal.waitUntilExited(deadline: Date(timeIntervalSinceNow: timeout))
    }

    /// Waits until no job is queued or running (tests); false on timeout or when not started.
    @discardableResult
    package func waitUntilIdle(timeout: TimeInterval) -> Bool {
        signal.waitUntilIdle(deadline: Date(timeIntervalSinceNow: timeout))
    }

    /// The default log: one line on standard error.
    package static let logToStandardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func work() {
        defer { signal.markExited() }
        while signal.waitForWork(pollInterval: pollInterval) {
            while !signal.isStopping {
                let claimed: ClaimedJob?
                do {
                    claimed = try pool.write { try JobStore.claimNext(at: queue.clock.now, in: $0) }
                } catch {
                    log("jobs: cannot take the next job: \(String(reflecting: error))")
                    claimed = nil
                }
                guard let claimed else { break }
                run(claimed)
            }
            signal.markIdle()
        }
    }

    static func statusEntry(_ id: Int64, _ status: JobStatus) -> AuditEntry {
        var changes = AuditChanges()
        changes.set("status", from: JobStatus.running.rawValue, to: status.rawValue)
        return AuditEntry(action: "tugas.\(status.rawValue)", entity: "jobs", entityID: String(id), changes: changes)
    }
}
