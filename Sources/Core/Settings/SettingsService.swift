package import Database
import Foundation

/// Saves the settings: checks every rule, writes only the keys that changed and the logo in one
/// transaction with one audit row (`pengaturan.ubah`), then replaces the cache.
package struct SettingsService: Sendable {
    package let pool: DatabasePool
    package let cache: SettingsCache
    package let attachments: AttachmentService
    package let clock: Clock

    /// The audit action of a save.
    package static let auditAction = "pengaturan.ubah"
    /// The audit entity of a save.
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

    /// Saves `new` (its `logoAttachmentID` is ignored: `logo` decides). `fingerprint`, when given,
    /// is `SettingsStore.fingerprint` of the settings the form showed; a different current value
    /// means someone else saved meanwhile and throws `SettingsError.changedMeanwhile`.
    /// Throws `SettingsError.invalid` with every field's problem, the logo's included.
    @discardableResult
    package func update(
        _ new: Settings, logo: LogoChange = .keep, expecting fingerprint: String? = nil, by actor: Actor
    ) throws -> Outcome {
        var problems = Self.problems(in: new)
        var logoBytes: [UInt8]?
        if case .replace(let upload) = logo {
            do {
                let bytes = try AttachmentService.content(of: upload, kind: .logo)
                _ = try AttachmentService.check(bytes, kind: .logo)
                logoBytes = bytes
            } catch let error where error.isFieldError {
                problems[SettingsKey.logo] = error.message
            }
        }
        guard problems.isEmpty else { throw SettingsError.invalid(problems) }

        let now = clock.now
        var storedLogo: Attachment?
        let outcome: Outcome
        do {
            outcome = try pool.write { db in
                let current = try SettingsStore.load(db)
                if let fingerprint, fingerprint != SettingsStore.fingerprint(current) {
                    throw SettingsError.changedMeanwhile
                }
                var next = new
                next.logoAttachmentID = current.logoAttachmentID
                switch logo {
                case .keep:
                    break
                case .remove:
                    try attachments.retire(kind: .logo, owner: .instansiLogo, in: db, at: now)
                    next.logoAttachmentID = nil
                case .replace(let upload):
                    let content = AttachmentUpload(fileName: upload.fileName, content: .bytes(logoBytes ?? []))
                    let stored = try attachments.replace(
                        with: content, kind: .logo, owner: .instansiLogo, by: actor, in: db, at: now)
                    storedLogo = stored
                    next.logoAttachmentID = stored.id
                }
                let differences = SettingsStore.differences(from: current, to: next)
                guard !differences.isEmpty else { return Outcome(settings: current, changedKeys: []) }
                try SettingsStore.write(differences.map { ($0.key, $0.after) }, at: now, in: db)
                var changes = AuditChanges()
                for difference in differences {
                    changes.set(difference.key, from: difference.before, to: difference.after)
                }
                try AuditLog.record(
                    AuditEntry(action: Self.auditAction, entity: Self.auditEntity, changes: changes),
                    by: actor, in: db, at: now)
                return Outcome(settings: next, changedKeys: differences.map(\.key))
            }
        } catch {
            if let storedLogo { attachments.discardFile(of: storedLogo) }
            throw error
        }
        cache.replace(with: outcome.settings)
        return outcome
    }
}
