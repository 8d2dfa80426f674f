import Core
import Database
import Foundation
import Testing
import TestSupport

/// Migrated temporary databases, test users and shared files for the area tests.
enum AreaFixtures {
    static let clock = Date(timeIntervalSince1970: 1_795_000_000)

    /// A temporary database with every migration applied (so Bantul's areas are in it).
    static func migratedDatabase() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        return database
    }

    /// Adds a user with `role`, assigned to `areas`; returns its id.
    @discardableResult
    static func insertUser(
        _ username: String, role: Role, areas: [String] = [], active: Bool = true, in pool: DatabasePool
    ) throws -> Int64 {
        try pool.write { db in
            let now = ISO8601Timestamp.format(clock)
            try db.execute(
                """
                INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [username, "Pengguna \(username)", role.rawValue, "x", active ? 1 : 0, now, now, now])
            let id = try db.scalar(Int64.self, "SELECT id FROM users WHERE username = ?", [username])
            for area in areas {
                try db.execute("INSERT INTO user_areas (user_id, area_code) VALUES (?, ?)", [id, area])
            }
            return id
        }
    }

    /// shared/data/<name>: from DINSOS_SHARED, beside the package root (as CI provides it), or
    /// /work/shared. Records an issue naming the places tried when it is nowhere.
    static func sharedDataFile(_ name: String) -> String? {
        var candidates: [String] = []
        if let shared = ProcessInfo.processInfo.environment["DINSOS_SHARED"], !shared.isEmpty {
            candidates.append(shared + "/data/" + name)
        }
        candidates.append(URL(fileURLWithPath: TestApp.root).deletingLastPathComponent().path + "/shared/data/" + name)
        candidates.append("/work/shared/data/" + name)
        if let found = candidates.first(where: FileManager.default.fileExists(atPath:)) { return found }
        Issue.record("shared/data/\(name) not found (tried \(candidates.joined(separator: ", "))): set DINSOS_SHARED")
        return nil
    }

    static func count(_ sql: String, _ arguments: StatementArguments = [], in pool: DatabasePool) throws -> Int {
        try pool.read { db in try db.scalar(Int.self, sql, arguments) }
    }
}
