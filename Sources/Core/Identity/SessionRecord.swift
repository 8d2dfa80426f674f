package import Foundation

/// One row of `sessions`: a signed-in user's session, or a pre-session (`userID` nil) that only
/// carries the CSRF token of the login form.
package struct SessionRecord: Sendable, Equatable {
    package let tokenHash: [UInt8]
    package let userID: Int64?
    package let csrfToken: String
    package let flash: Flash?
    package let createdAt: Date
    package let lastSeenAt: Date
    package let expiresAt: Date

    package init(
        tokenHash: [UInt8], userID: Int64?, csrfToken: String, flash: Flash?, createdAt: Date, lastSeenAt: Date,
        expiresAt: Date
    ) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.flash = flash
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
    }

    /// True once the absolute expiry has passed or the session sat idle too long.
    package func isExpired(at now: Date, policy: SessionPolicy) -> Bool {
        now >= expiresAt || now.timeIntervalSince(lastSeenAt) >= policy.idleLifetime
    }

    /// True when `last_seen_at` is old enough to be written again.
    package func needsTouch(at now: Date, policy: SessionPolicy) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= policy.touchInterval
    }
}
