package import Database
package import Foundation

/// The SQL of `api_tokens` (migration 0610). Every function runs inside the caller's transaction.
package enum APITokenStore {
    static let columns = "id, user_id, name, prefix, created_at, created_by, last_used_at, revoked_at"

    /// Stores a token's hash and returns its id.
    package static func insert(
        userID: Int64, name: String, tokenHash: [UInt8], prefix: String, createdBy: Int64?, at now: Date,
        in db: Connection
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [userID, name, tokenHash, prefix, now, createdBy])
        return db.lastInsertRowID
    }

    /// The token `id`, revoked or not.
    package static func find(_ id: Int64, in db: Connection) throws -> APIToken? {
        try db.queryOne("SELECT \(columns) FROM api_tokens WHERE id = ?", [id]).map(token)
    }

    /// The token stored under `tokenHash`, revoked or not.
    package static func find(tokenHash: [UInt8], in db: Connection) throws -> APIToken? {
        try db.queryOne("SELECT \(columns) FROM api_tokens WHERE token_hash = ?", [tokenHash]).map(token)
    }

    /// Every token of `userID`, newest first.
    package static func tokens(ofUser userID: Int64, in db: Connection) throws -> [APIToken] {
        try db.query("SELECT \(columns) FROM api_tokens WHERE user_id = ? ORDER BY id DESC", [userID]).map(token)
    }

    /// Marks the token revoked; false when it already was.
    package static func revoke(_ id: Int64, by userID: Int64?, at now: Date, in db: Connection) throws -> Bool {
        try db.execute(
            "UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL", [now, userID, id])
        return db.changes == 1
    }

    /// Remembers when the token was last used.
    package static func touch(_ id: Int64, at now: Date, in db: Connection) throws {
        try db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [now, id])
    }

    private static func token(_ row: Row) throws -> APIToken {
        APIToken(
            id: try row.get(0), userID: try row.get(1), name: try row.get(2), prefix: try row.get(3),
            createdAt: try row.get(4), createdBy: try row.get(5), lastUsedAt: try row.get(6), revokedAt: try row.get(7))
    }
}
