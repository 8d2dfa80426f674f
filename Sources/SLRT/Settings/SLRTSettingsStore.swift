package import Core
package import Database
package import Foundation

/// Reads and writes the one `slrt_settings` row; no row means every default.
package enum SLRTSettingsStore {
    /// The stored settings and their version (0 when never saved).
    package static func load(in db: Connection) throws -> (settings: SLRTSettings, version: Int) {
        guard let row = try db.queryOne("SELECT document, version FROM slrt_settings WHERE id = 1") else {
            return (SLRTSettings(), 0)
        }
        let text: String = try row.get(0)
        guard let settings = SLRTSettings.decode(text) else {
            throw DatabaseError(code: .mismatch, message: "slrt_settings.document is not a settings document")
        }
        return (settings, try row.get(1))
    }

    /// Saves `settings` if the stored version is still `expectedVersion`, with one audit row of the
    /// keys that changed; false (nothing written) when someone saved meanwhile.
    package static func save(
        _ settings: SLRTSettings, expectedVersion: Int, by actor: Actor, at date: Date, in db: Connection
    ) throws -> Bool {
        let (before, version) = try load(in: db)
        guard version == expectedVersion else { return false }
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO slrt_settings (id, document, updated_at, version) VALUES (1, ?1, ?2, 1)
            ON CONFLICT (id) DO UPDATE SET document = ?1, updated_at = ?2, version = version + 1
            """,
            [settings.json, now])
        var changes = AuditChanges()
        changes.set("document", from: before.json, to: settings.json)
        try AuditLog.record(
            AuditEntry(action: "slrt.pengaturan.ubah", entity: "slrt_settings", entityID: "1", changes: changes),
            by: actor, in: db, at: date)
        return true
    }
}
