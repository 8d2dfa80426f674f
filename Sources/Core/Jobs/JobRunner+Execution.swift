import Database
import Foundation
import Web

extension JobRunner {
    /// Runs one claimed job to its end and stores how it ended.
    func run(_ claimed: ClaimedJob) {
        guard let kind = queue.registry.kind(named: claimed.kind) else {
            finish(claimed.id, .failed, message: JobMessages.unknownKind, result: nil)
            return
        }
        let creator: CurrentUser?
        do {
            creator = try claimed.createdBy.flatMap { id in
                try pool.read { try UserStore.find(id, in: $0) }
            }.map { user in
                CurrentUser(
                    id: user.id, username: user.username, fullName: user.fullName, role: user.role,
                    scope: claimed.creatorScope)
            }
        } catch {
            log("jobs: job \(claimed.id): cannot read its creator: \(String(reflecting: error))")
            finish(claimed.id, .failed, message: JobMessages.internalFailure(jobID: claimed.id), result: nil)
            return
        }
        let context = JobContext(
            id: claimed.id, kind: claimed.kind, parameters: claimed.parameters, creator: creator, pool: pool,
            clock: queue.clock, signal: signal, folder: folder, progressInterval: progressInterval)
        do {
            try kind.handler.run(context)
            try context.flushProgress()
            let message = context.summary ?? (context.lastMessage.isEmpty ? JobMessages.done : context.lastMessage)
            if !finish(claimed.id, .succeeded, message: message, result: context.result) {
                context.discardResult()
            }
        } catch {
            context.discardResult()
            try? context.flushProgress()
            let (status, message) = outcome(of: error, jobID: claimed.id)
            finish(claimed.id, status, message: message, result: nil)
        }
    }

    /// How a thrown error ends a job: interruptions and user-facing errors keep their meaning;
    /// anything else is logged and shown as a generic failure, never as a stack trace.
    func outcome(of error: any Error, jobID: Int64) -> (JobStatus, String) {
        switch error {
        case JobInterruption.cancelled:
            return (.cancelled, JobMessages.cancelled)
        case JobInterruption.serverStopping:
            return (.failed, JobMessages.interruptedByShutdown)
        case let failure as JobFailure:
            return (.failed, failure.message)
        case let error as any HTTPResponseError:
            if let message = error.publicMessage, error.status.code < 500 { return (.failed, message) }
        default:
            break
        }
        log("jobs: job \(jobID) failed: \(String(reflecting: error))")
        return (.failed, JobMessages.internalFailure(jobID: jobID))
    }

    /// Stores the end of a job with its audit row; false when that write failed (logged; the job
    /// then stays `running` until the next start marks it failed).
    @discardableResult
    func finish(_ id: Int64, _ status: JobStatus, message: String, result: JobResult?) -> Bool {
        do {
            try pool.write { db in
                let now = queue.clock.now
                try JobStore.finish(id, status: status, message: message, result: result, at: now, in: db)
                try AuditLog.record(Self.statusEntry(id, status), by: .system, in: db, at: now)
            }
            return true
        } catch {
            log("jobs: cannot record the end of job \(id): \(String(reflecting: error))")
            return false
        }
    }
}
