package import Database
import Foundation

/// Reads and saves the settings. A save checks every rule, writes the keys that changed (and
/// the logo through `AttachmentService`) with one audit row in one write transaction, and
/// puts the result in the cache that every page reads.
package struct SettingsService: Sendable {
    package let pool: DatabasePool
    package let cache: SettingsCache
    package let attachments: AttachmentService
    package let clock: Clock

    /// The audit action of every change to the settings, the holidays included.
    package static let auditAction = "pengaturan.ubah"
    /// The audit entity of those changes.
    package static let auditEntity = "settings"

    package init(pool: DatabasePool, cache: SettingsCache, attachments: AttachmentService, clock: Clock = .system) {
        self.pool = pool
        self.cache = cache
        self.attachments = attachments
        self.clock = clock
    }

    /// What a save did.
    package struct Outcome: Sendable, Equatable {
        /// The settings now in force.
        package let settings: Settings
        /// The keys written, in `StoredSetting.all` order; empty when nothing changed.
        package let changedKeys: [String]
    }

    /// Loads the stored settings into the cache (at start, and whenever the cache may be stale).
    @discardableResult
    package func reload() throws -> Settings {
        let settings = try SettingsStore.load(pool)
        cache.replace(with: settings)
        return settings
    }

    /// The stored settings and the version the settings form carries (`SettingsStore.fingerprint`).
    package func forForm() throws -> (settings: Settings, version: String) {
        let settings = try SettingsStore.load(pool)
        return (settings, SettingsStore.fingerprint(settings))
    }

    /// Saves the settings form. `version` is the one the form was rendered with: when the stored
    /// settings changed since, nothing is written and `SettingsError.changedMeanwhile` is thrown.
    /// Throws `SettingsError.invalid` with every field's problem, the logo's included.
    @discardableResult
    package func update(
        _ input: SettingsInput, logo: LogoChange = .keep, expecting version: String?, by actor: Actor
    ) throws -> Outcome {
        let (parsed, readProblems) = input.applied(to: cache.current)
        return try save(parsed, logo: logo, expecting: version, by: actor, readProblems: readProblems)
    }

    /// Saves `new` as a whole: its holidays and logo are ignored (they change through
    /// `addHoliday`/`removeHoliday` and `logo`). `version`, when given, is checked as in `update`.
    @discardableResult
    package func save(
        _ new: Settings, logo: LogoChange = .keep, expecting version: String?, by actor: Actor
    ) throws -> Outcome {
        try save(new, logo: logo, expecting: version, by: actor, readProblems: [:])
    }

    private func save(
        _ new: Settings, logo: LogoChange, expecting version: String?, by actor: Actor,
        readProblems: [String: String]
    ) throws -> Outcome {
        var problems = Self.problems(in: new).merging(readProblems) { _, unreadable in unreadable }
        var checkedLogo: CheckedUpload?
        if case .replace(let upload) = logo {
            switch Result(catching: { () throws(AttachmentError) in try AttachmentService.check(upload, kind: .logo) }) {
            case .success(let checked):
                checkedLogo = checked
            case .failure(let error):
                guard error.isFieldError else { throw error }
                problems[SettingsKey.logo] = error.message
            }
        }
        guard problems.isEmpty else { throw SettingsError.invalid(problems) }

        let now = clock.now
        return try writing { db, files in
            let current = try SettingsStore.load(db)
            if let version, version != SettingsStore.fingerprint(current) { throw SettingsError.changedMeanwhile }
            var next = new
            next.holidays = current.holidays
            next.logoAttachmentID = current.logoAttachmentID
            switch logo {
            case .keep:
                break
            case .remove:
                try attachments.retire(kind: .logo, owner: .instansiLogo, in: db, at: now)
                next.logoAttachmentID = nil
            case .replace:
                if let checkedLogo {
                    next.logoAttachmentID = try files.replace(
                        with: checkedLogo, owner: .instansiLogo, by: actor, in: db, at: now
                    ).id
                }
            }
            return try commit(next, over: current, by: actor, in: db, at: now)
        }
    }

    /// Writes the keys of `next` that differ from `current` with one audit row and puts `next`
    /// in the cache. The cache is replaced inside the transaction: writes are serialized, so
    /// two saves reach the cache in the order they commit.
    func commit(_ next: Settings, over current: Settings, by actor: Actor, in db: Connection, at now: Date) throws -> Outcome {
        let differences = SettingsStore.differences(from: current, to: next)
        guard !differences.isEmpty else { return Outcome(settings: current, changedKeys: []) }
        try SettingsStore.write(differences.map { ($0.key, $0.after) }, at: now, in: db)
        var changes = AuditChanges()
        for difference in differences {
            changes.set(difference.key, from: difference.before, to: difference.after)
        }
        try AuditLog.record(
            AuditEntry(action: Self.auditAction, entity: Self.auditEntity, changes: changes), by: actor, in: db, at: now)
        cache.replace(with: next)
        return Outcome(settings: next, changedKeys: differences.map(\.key))
    }

    /// Runs `body` in a write transaction; when it does not commit, the cache (which `commit`
    /// may have replaced already) is read again from what is stored.
    func writing<T>(_ body: (Connection, AttachmentWriter) throws -> T) throws -> T {
        do {
            return try attachments.write(body)
        } catch {
            if let stored = try? SettingsStore.load(pool) { cache.replace(with: stored) }
            throw error
        }
    }
}
