package import Database
package import Foundation

/// The SQL of `sessions`. Every function runs inside the caller's transaction.
package enum SessionStore {
    /// Inserts a session for `userID` (nil: a pre-session for the login form) and returns its
    /// token, which exists only in the answer's cookie from here on.
    package static func create(
        userID: Int64?, address: String, at now: Date, policy: SessionPolicy, in db: Connection
    ) throws -> NewSession {
        let token = SessionToken.generate()
        guard let tokenHash = SessionToken.hash(token) else { throw SessionStoreError.tokenGeneration }
        let csrfToken = CSRFToken.generate()
        try db.execute(
            """
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, address)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [tokenHash, userID, csrfToken, now, now, now.addingTimeInterval(policy.absoluteLifetime), address])
        return NewSession(token: token, tokenHash: tokenHash, userID: userID, csrfToken: csrfToken)
    }

    /// The session stored under `tokenHash`, expired or not.
    package static func find(tokenHash: [UInt8], in db: Connection) throws -> SessionRecord? {
        guard
            let row = try db.queryOne(
                """
                SELECT user_id, csrf_token, flash, created_at, last_seen_at, expires_at
                FROM sessions WHERE token_hash = ?
                """, [tokenHash])
        else { return nil }
        let flashText: String? = try row.get(2)
        return SessionRecord(
            tokenHash: tokenHash, userID: try row.get(0), csrfToken: try row.get(1),
            flash: flashText.flatMap(decodeFlash), createdAt: try row.get(3), lastSeenAt: try row.get(4),
            expiresAt: try row.get(5))
    }

    /// Ends one session (logout, expiry, the pre-session replaced at login).
    package static func delete(tokenHash: [UInt8], in db: Connection) throws {
        try db.execute("DELETE FROM sessions WHERE token_hash = ?", [tokenHash])
    }

    /// Ends every session of `userID` except the one under `tokenHash` (password changed or reset).
    package static func endSessions(ofUser userID: Int64, except tokenHash: [UInt8]?, in db: Connection) throws {
        if let tokenHash {
            try db.execute("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", [userID, tokenHash])
        } else {
            try db.execute("DELETE FROM sessions WHERE user_id = ?", [userID])
        }
    }

    /// Removes every session past its absolute or idle expiry.
    package static func deleteExpired(at now: Date, policy: SessionPolicy, in db: Connection) throws {
        try db.execute(
            "DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?",
            [now, now.addingTimeInterval(-policy.idleLifetime)])
    }

    /// Refreshes `last_seen_at` (when `seenAt` is given) and clears a flash that has been shown.
    package static func update(tokenHash: [UInt8], seenAt: Date?, clearingFlash: Bool, in db: Connection) throws {
        switch (seenAt, clearingFlash) {
        case (let seenAt?, true):
            try db.execute(
                "UPDATE sessions SET last_seen_at = ?, flash = NULL WHERE token_hash = ?", [seenAt, tokenHash])
        case (let seenAt?, false):
            try db.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", [seenAt, tokenHash])
        case (nil, true):
            try db.execute("UPDATE sessions SET flash = NULL WHERE token_hash = ?", [tokenHash])
        case (nil, false):
            return
        }
    }

    /// Leaves `flash` for the session's next page.
    package static func setFlash(_ flash: Flash, tokenHash: [UInt8], in db: Connection) throws {
        try db.execute("UPDATE sessions SET flash = ? WHERE token_hash = ?", [encodeFlash(flash), tokenHash])
    }

    private static func encodeFlash(_ flash: Flash) throws -> String {
        String(decoding: try JSONEncoder().encode(flash), as: UTF8.self)
    }

    /// A flash that no longer decodes is dropped rather than breaking every page of the session.
    private static func decodeFlash(_ text: String) -> Flash? {
        try? JSONDecoder().decode(Flash.self, from: Data(text.utf8))
    }
}

/// A session just created: the token for the cookie and what the request context needs.
package struct NewSession: Sendable, Equatable {
    /// Goes into the cookie; never stored.
    package let token: String
    package let tokenHash: [UInt8]
    package let userID: Int64?
    package let csrfToken: String
}

/// What can go wrong in `SessionStore` apart from the database itself.
package enum SessionStoreError: Error {
    /// The generated token did not round-trip through its own format check (a bug, not input).
    case tokenGeneration
}
