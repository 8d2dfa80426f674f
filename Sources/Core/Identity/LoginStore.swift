package import Database
package import Foundation

/// The SQL behind signing in and changing one's password: credentials by username or id, the
/// stored hash, and the `login_attempts` rows throttling counts.
package enum LoginStore {
    private static let credentialColumns = "id, username, role, password_hash, active"

    /// The account `username` names (case-insensitively, as `users.username` is `NOCASE`), active or not.
    package static func credentials(username: String, in db: Connection) throws -> LoginCredentials? {
        try db.queryOne("SELECT \(credentialColumns) FROM users WHERE username = ?", [username]).flatMap(credentials)
    }

    /// The account `userID`, active or not.
    package static func credentials(userID: Int64, in db: Connection) throws -> LoginCredentials? {
        try db.queryOne("SELECT \(credentialColumns) FROM users WHERE id = ?", [userID]).flatMap(credentials)
    }

    private static func credentials(_ row: Row) throws -> LoginCredentials? {
        guard let role = Role(rawValue: try row.get(2)) else { return nil }
        return LoginCredentials(
            id: try row.get(0), username: try row.get(1), role: role, passwordHash: try row.get(3),
            active: try row.get(4, as: Int64.self) == 1)
    }

    /// Replaces the hash only if it is still `expected`; false when someone changed it meanwhile.
    /// Used for the silent rehash at login: the password itself stays the same, so neither
    /// `password_changed_at` nor `version` moves.
    package static func replaceHash(of userID: Int64, expected: String, with newHash: String, in db: Connection)
        throws -> Bool
    {
        try db.execute(
            "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", [newHash, userID, expected])
        return db.changes == 1
    }

    /// Stores a new password chosen by its owner; false when the hash changed since `expected` was read.
    package static func changePassword(
        of userID: Int64, expected: String, to newHash: String, at now: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND password_hash = ?
            """, [newHash, now, now, userID, expected])
        return db.changes == 1
    }

    /// Appends one attempt.
    package static func recordAttempt(
        username: String, address: String, succeeded: Bool, at now: Date, in db: Connection
    ) throws {
        try db.execute(
            "INSERT INTO login_attempts (username, address, succeeded, at) VALUES (?, ?, ?, ?)",
            [username, address, succeeded, now])
    }

    /// The time of the `rank`-th most recent failure for `username` after `since` and after the
    /// account's last success (a successful sign-in starts the count again), or nil when there
    /// are fewer than `rank`.
    package static func failure(rank: Int, username: String, since: Date, in db: Connection) throws -> Date? {
        try db.queryOne(
            """
            SELECT at FROM login_attempts
            WHERE username = ?1 AND succeeded = 0 AND at > ?2
              AND id > coalesce((SELECT max(id) FROM login_attempts WHERE username = ?1 AND succeeded = 1), 0)
            ORDER BY id DESC LIMIT 1 OFFSET ?3
            """, [username, since, rank - 1]
        ).map { try $0.get(0) }
    }

    /// The time of the `rank`-th most recent failure from `address` after `since`, or nil.
    /// Successes do not reset it: signing in to one's own account must not buy more guesses.
    package static func failure(rank: Int, address: String, since: Date, in db: Connection) throws -> Date? {
        try db.queryOne(
            """
            SELECT at FROM login_attempts
            WHERE address = ? AND succeeded = 0 AND at > ?
            ORDER BY at DESC, id DESC LIMIT 1 OFFSET ?
            """, [address, since, rank - 1]
        ).map { try $0.get(0) }
    }

    /// Forgets attempts older than `cutoff`; they no longer count for anything.
    package static func pruneAttempts(before cutoff: Date, in db: Connection) throws {
        try db.execute("DELETE FROM login_attempts WHERE at < ?", [cutoff])
    }
}

/// What signing in needs to know about an account.
package struct LoginCredentials: Sendable, Equatable {
    package let id: Int64
    package let username: String
    package let role: Role
    package let passwordHash: String
    package let active: Bool
}
