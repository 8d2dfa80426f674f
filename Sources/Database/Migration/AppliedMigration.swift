import Foundation

/// A row of `schema_migrations`: a migration as it was when applied.
struct AppliedMigration: RowDecodable, Decodable {
    let version: Int
    let name: String
    let checksum: String
    let appliedAt: String

    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
        """

    /// Every applied migration by version; empty when the table does not exist yet.
    static func all(in db: Connection) throws -> [Int: AppliedMigration] {
        let exists = try db.scalar(
            Bool.self, "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        guard exists else { return [:] }
        let rows = try db.query(
            AppliedMigration.self, "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version")
        return Dictionary(rows.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func find(_ version: Int, in db: Connection) throws -> AppliedMigration? {
        try db.queryOne(
            AppliedMigration.self, "SELECT version, name, checksum, applied_at FROM schema_migrations WHERE version = ?",
            [version])
    }

    static func record(_ migration: Migration, in db: Connection) throws {
        try db.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
            [migration.version, migration.name, migration.checksum, Date()])
    }
}
