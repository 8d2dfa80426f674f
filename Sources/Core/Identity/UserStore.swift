package import Database
package import Foundation

/// The SQL of accounts (`users`, `user_areas`). Each method is one named operation run inside the
/// caller's transaction; the service decides what is allowed.
package enum UserStore {
    private static let columns =
        "id, username, full_name, role, active, created_at, updated_at, password_changed_at, version"

    /// The account with `id`, with its areas, or nil.
    package static func find(_ id: Int64, in db: Connection) throws -> User? {
        guard let row = try db.queryOne("SELECT \(columns) FROM users WHERE id = ?", [id]) else { return nil }
        return try user(row, areas: areas(of: [id], in: db)[id] ?? [])
    }

    /// The account whose username equals `username` ignoring case, or nil.
    package static func find(username: String, in db: Connection) throws -> User? {
        // users.username is COLLATE NOCASE, so `=` compares without case.
        guard let row = try db.queryOne("SELECT \(columns) FROM users WHERE username = ?", [username]) else {
            return nil
        }
        let id: Int64 = try row.get(0)
        return try user(row, areas: areas(of: [id], in: db)[id] ?? [])
    }

    /// True when an account already uses `username`, compared without case.
    package static func usernameTaken(_ username: String, in db: Connection) throws -> Bool {
        try db.queryOne("SELECT 1 FROM users WHERE username = ?", [username]) != nil
    }

    /// How many accounts exist, active or not.
    package static func count(in db: Connection) throws -> Int {
        try db.scalar(Int.self, "SELECT count(*) FROM users")
    }

    /// The stored password hash of an account (the login and the own-password page compare it).
    package static func passwordHash(of id: Int64, in db: Connection) throws -> String? {
        try db.scalar(String?.self, "SELECT password_hash FROM users WHERE id = ?", [id])
    }

    /// Inserts an active account at version 1 and returns its id. A username taken meanwhile
    /// (compared without case) is `UserError.invalid` on the username.
    package static func insert(
        username: String, fullName: String, role: Role, passwordHash: String, at date: Date, in db: Connection
    ) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        do {
            try db.execute(
                """
                INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at,
                                   password_changed_at, version)
                VALUES (?, ?, ?, ?, 1, ?, ?, ?, 1)
                """,
                [username, fullName, role.rawValue, passwordHash, now, now, now])
        } catch let error as DatabaseError where error.isUniqueViolation {
            throw UserError.invalid([.username: UserRules.usernameTaken])
        }
        return db.lastInsertRowID
    }

    /// Replaces the areas of an account.
    package static func replaceAreas(of userID: Int64, with codes: [String], in db: Connection) throws {
        try db.execute("DELETE FROM user_areas WHERE user_id = ?", [userID])
        for code in codes {
            try db.execute("INSERT INTO user_areas (user_id, area_code) VALUES (?, ?)", [userID, code])
        }
    }

    /// Saves name and role if the stored version is still `expectedVersion`, adding one to it;
    /// false when the version moved on (someone else saved first).
    package static func update(
        _ id: Int64, fullName: String, role: Role, expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE users SET full_name = ?, role = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [fullName, role.rawValue, ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    /// Marks an account active or inactive.
    package static func setActive(_ id: Int64, _ active: Bool, at date: Date, in db: Connection) throws {
        try db.execute(
            "UPDATE users SET active = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            [active, ISO8601Timestamp.format(date), id])
    }

    /// Stores a new password hash.
    package static func setPasswordHash(_ id: Int64, _ hash: String, at date: Date, in db: Connection) throws {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ?, version = version + 1
            WHERE id = ?
            """,
            [hash, now, now, id])
    }

    /// The areas of each account in `ids`, by code.
    static func areas(of ids: [Int64], in db: Connection) throws -> [Int64: [Area]] {
        guard !ids.isEmpty else { return [:] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var result: [Int64: [Area]] = [:]
        try db.forEach(
            """
            SELECT ua.user_id, a.code, a.name, a.level, a.parent_code
            FROM user_areas AS ua JOIN areas AS a ON a.code = ua.area_code
            WHERE ua.user_id IN (SELECT value FROM json_each(?))
            ORDER BY a.code
            """,
            [list]
        ) { row in
            let levelText: String = try row.get(3)
            let area = Area(
                code: try row.get(1), name: try row.get(2), level: AreaLevel(rawValue: levelText) ?? .desa,
                parentCode: row[4] == .null ? nil : try row.get(4))
            result[try row.get(0), default: []].append(area)
        }
        return result
    }

    static func user(_ row: Row, areas: [Area]) throws -> User {
        let roleText: String = try row.get(3)
        guard let role = Role(rawValue: roleText) else {
            throw DatabaseError(code: .mismatch, message: "users.role holds an unknown role '\(roleText)'")
        }
        return User(
            id: try row.get(0), username: try row.get(1), fullName: try row.get(2), role: role, areas: areas,
            isActive: try row.get(4), createdAt: try date(row, 5), updatedAt: try date(row, 6),
            passwordChangedAt: try date(row, 7), version: try row.get(8))
    }

    private static func date(_ row: Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "users holds a malformed timestamp '\(text)'")
        }
        return date
    }

    static var selectColumns: String { columns }
}
