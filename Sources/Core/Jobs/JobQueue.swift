package import Database
import Foundation

/// Queues and cancels background jobs inside the caller's write transaction, audited, and wakes
/// the runner. One value is shared by the application and its `JobRunner`.
package struct JobQueue: Sendable {
    /// The kinds that may be queued.
    package let registry: JobRegistry
    /// Timestamps and audit rows read it.
    package let clock: Clock
    let signal: JobSignal

    package init(registry: JobRegistry, clock: Clock = .system) {
        self.registry = registry
        self.clock = clock
        self.signal = JobSignal()
    }

    /// Queues a job of `kind` with `parameters` (stored as JSON) for `actor`, inside the caller's
    /// transaction, and returns its id. The creator's area scope is stored with it, so the job
    /// later works inside it. Throws `JobError.unknownKind` for a kind nobody registered.
    @discardableResult
    package func enqueue(
        kind: String, parameters: some Encodable, by actor: Actor, in db: Connection
    ) throws -> Int64 {
        guard registry.kind(named: kind) != nil else { throw JobError.unknownKind(kind) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(parameters), as: UTF8.self)
        let scope = try actor.userID.flatMap { try UserStore.find($0, in: db)?.scope } ?? .everywhere
        let now = clock.now
        let id = try JobStore.insert(kind: kind, parameters: json, createdBy: actor.userID, creatorScope: scope, at: now, in: db)
        var changes = AuditChanges()
        changes.set("kind", to: kind)
        changes.set("parameters", to: json)
        try AuditLog.record(
            AuditEntry(action: "tugas.buat", entity: "jobs", entityID: String(id), changes: changes),
            by: actor, in: db, at: now)
        signal.wake()
        return id
    }

    /// Queues a job of `kind` without parameters.
    @discardableResult
    package func enqueue(kind: String, by actor: Actor, in db: Connection) throws -> Int64 {
        try enqueue(kind: kind, parameters: [String: String](), by: actor, in: db)
    }

    /// Cancels job `id`: a queued job at once, a running one by asking its handler to stop (its
    /// cancellation check then throws). Returns the status the job had. Throws
    /// `JobError.notFound` or `.alreadyFinished`. Visibility is the caller's check.
    @discardableResult
    package func cancel(_ id: Int64, by actor: Actor, in db: Connection) throws -> JobStatus {
        let now = clock.now
        guard
            let before = try JobStore.requestCancellation(
                id, message: JobMessages.cancelled, at: now, in: db)
        else { throw JobError.notFound }
        guard !before.isFinished else { throw JobError.alreadyFinished }
        var changes = AuditChanges()
        changes.set("status", from: before.rawValue, to: before == .queued ? JobStatus.cancelled.rawValue : "cancel_requested")
        try AuditLog.record(
            AuditEntry(action: "tugas.batal", entity: "jobs", entityID: String(id), changes: changes),
            by: actor, in: db, at: now)
        return before
    }
}

/// The messages the runner itself stores (Indonesian, for the user).
package enum JobMessages {
    /// A job left running by a crash or restart, marked failed at the next start.
    package static let interruptedByRestart = "Proses terhenti karena server dimulai ulang; jalankan lagi."
    /// A job interrupted by a graceful shutdown.
    package static let interruptedByShutdown = "Proses terhenti karena server dihentikan; jalankan lagi."
    /// A job a user cancelled.
    package static let cancelled = "Dibatalkan atas permintaan pengguna."
    /// A succeeded job that left no message.
    package static let done = "Selesai."
    /// A kind no longer registered.
    package static let unknownKind = "Jenis tugas ini tidak dikenal oleh server; tugas tidak dijalankan."

    /// A failure whose cause is not for users' eyes.
    package static func internalFailure(jobID: Int64) -> String {
        "Proses gagal karena kesalahan di server (tugas #\(jobID)). Hubungi administrator."
    }
}
