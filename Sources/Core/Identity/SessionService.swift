package import Database
import Foundation

/// Browser sessions for the web layer: finding the one a cookie names (and the user behind it),
/// starting a pre-session for the login form, ending one, and carrying flashes.
package struct SessionService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let policy: SessionPolicy

    package init(pool: DatabasePool, clock: Clock, policy: SessionPolicy = .standard) {
        self.pool = pool
        self.clock = clock
        self.policy = policy
    }

    /// A live session found from a cookie's token.
    package struct Found: Sendable, Equatable {
        package let record: SessionRecord
        /// Nil for a pre-session.
        package let user: CurrentUser?
    }

    /// The live session `token` names, with its user. An expired session, or one whose user is
    /// gone or deactivated, is deleted and nil is returned. Refreshes `last_seen_at` at most once
    /// per `policy.touchInterval` and clears a flash it hands out.
    package func find(token: String) throws -> Found? {
        guard let tokenHash = SessionToken.hash(token) else { return nil }
        let now = clock.now
        let stored = try pool.read { db -> Found? in
            guard let record = try SessionStore.find(tokenHash: tokenHash, in: db) else { return nil }
            if record.isExpired(at: now, policy: policy) { return Found(record: record, user: nil) }
            return Found(record: record, user: try record.userID.flatMap { try SignedInUserStore.user(id: $0, in: db) })
        }
        guard let stored else { return nil }
        if stored.record.isExpired(at: now, policy: policy) || (stored.record.userID != nil && stored.user == nil) {
            try pool.write { db in try SessionStore.delete(tokenHash: tokenHash, in: db) }
            return nil
        }
        let touch = stored.record.needsTouch(at: now, policy: policy)
        if touch || stored.record.flash != nil {
            try pool.write { db in
                try SessionStore.update(
                    tokenHash: tokenHash, seenAt: touch ? now : nil, clearingFlash: stored.record.flash != nil, in: db)
            }
        }
        return stored
    }

    /// Starts a pre-session (no user) so an anonymous form such as the login page has a CSRF token.
    package func startAnonymous(address: String) throws -> NewSession {
        let now = clock.now
        return try pool.write { db in
            try SessionStore.create(userID: nil, address: address, at: now, policy: policy, in: db)
        }
    }

    /// Ends the session under `tokenHash` (logout).
    package func end(tokenHash: [UInt8]) throws {
        try pool.write { db in try SessionStore.delete(tokenHash: tokenHash, in: db) }
    }

    /// Stores `flash` for the session's next page.
    package func leave(_ flash: Flash, for tokenHash: [UInt8]) throws {
        try pool.write { db in try SessionStore.setFlash(flash, tokenHash: tokenHash, in: db) }
    }
}
