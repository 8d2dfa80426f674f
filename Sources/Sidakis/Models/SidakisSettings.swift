package import Database
package import Foundation

/// SIDAKIS's own settings, stored as rows of the Core `settings` table under `sidakis.` keys
/// (Core's loader ignores keys it does not know): the registration number format and the
/// BNBA column list.
package struct SidakisSettings: Sendable, Equatable {
    /// A `NumberFormat` template; `{year}` and `{seq:N}` as in DESIGN.md §5.
    package var numberFormat = "PBI/{year}/{seq:6}"
    /// The batch number template.
    package var batchNumberFormat = "BNBA/{year}/{seq:4}"
    package var bnbaColumns: [BNBAColumn] = BNBAColumn.defaults

    package init() {}

    package enum Key {
        package static let numberFormat = "sidakis.format_nomor"
        package static let batchNumberFormat = "sidakis.format_nomor_batch"
        package static let bnbaColumns = "sidakis.kolom_bnba"
    }

    /// The settings as stored, over the defaults; an unreadable column list keeps the default.
    package static func load(in db: Connection) throws -> SidakisSettings {
        var settings = SidakisSettings()
        try db.forEach("SELECT key, value FROM settings WHERE key IN (?, ?, ?)",
                       [Key.numberFormat, Key.batchNumberFormat, Key.bnbaColumns]) { row in
            let key: String = try row.get(0)
            let value: String = try row.get(1)
            switch key {
            case Key.numberFormat where !value.isEmpty: settings.numberFormat = value
            case Key.batchNumberFormat where !value.isEmpty: settings.batchNumberFormat = value
            case Key.bnbaColumns: settings.bnbaColumns = BNBAColumn.parseList(value) ?? settings.bnbaColumns
            default: break
            }
        }
        return settings
    }

    /// Writes every key (inside the caller's transaction).
    package func save(at date: Date, in db: Connection) throws {
        let at = ISO8601Timestamp.format(date)
        for (key, value) in [
            (Key.numberFormat, numberFormat), (Key.batchNumberFormat, batchNumberFormat),
            (Key.bnbaColumns, bnbaColumns.map(\.rawValue).joined(separator: ",")),
        ] {
            try db.execute(
                """
                INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """,
                [key, value, at])
        }
    }
}
