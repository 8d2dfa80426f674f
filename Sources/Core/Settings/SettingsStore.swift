import Crypto
package import Database
package import Foundation

/// The `settings` table: one row per key. Reading starts from the defaults of `Settings` and lets
/// each stored row override its own field; rows with unknown keys or unreadable values are
/// ignored, so a key added or dropped by a later version never breaks start-up.
package enum SettingsStore {
    /// The settings as stored, over the defaults.
    package static func load(_ db: Connection) throws -> Settings {
        var settings = Settings()
        let byKey = Dictionary(StoredSetting.all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        try db.forEach("SELECT key, value FROM settings") { row in
            let key: String = try row.get(0)
            let value: String = try row.get(1)
            _ = byKey[key]?.decode(value, &settings)
        }
        return settings
    }

    /// The settings as stored, read on a reader connection.
    package static func load(_ pool: DatabasePool) throws -> Settings {
        try pool.read { try load($0) }
    }

    /// Every key with the text `settings` stores for it, in `StoredSetting.all` order.
    package static func encoded(_ settings: Settings) -> [(key: String, value: String)] {
        StoredSetting.all.map { ($0.key, $0.encode(settings)) }
    }

    /// The keys whose stored text differs between `old` and `new`, with both texts.
    package static func differences(from old: Settings, to new: Settings) -> [(key: String, before: String, after: String)] {
        StoredSetting.all.compactMap { setting in
            let before = setting.encode(old)
            let after = setting.encode(new)
            return before == after ? nil : (setting.key, before, after)
        }
    }

    /// Inserts or replaces the given rows.
    package static func write(_ values: [(key: String, value: String)], at date: Date, in db: Connection) throws {
        let at = ISO8601Timestamp.format(date)
        for (key, value) in values {
            try db.execute(
                """
                INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
                [key, value, at])
        }
    }

    /// The version the settings form carries: a digest of the stored text of every key the form
    /// edits (the table is key-value, so there is no `version` column). A save compares it with
    /// the digest of what is stored then, so two admins cannot silently overwrite each other.
    /// Holidays are left out: they change one by one through their own form.
    package static func fingerprint(_ settings: Settings) -> String {
        var hasher = Crypto.SHA256()
        for (key, value) in encoded(settings) where key != SettingsKey.holidays {
            for field in [key, value] {
                let bytes = Array(field.utf8)
                hasher.update(data: Array("\(bytes.count):".utf8))
                hasher.update(data: bytes)
            }
        }
        return hasher.finalize().prefix(16).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
