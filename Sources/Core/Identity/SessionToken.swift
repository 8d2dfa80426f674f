import Crypto

/// The secret in the session cookie: 256 random bits, base64url. The database keeps only its
/// SHA-256, so a copy of the database does not let anyone take over a session.
package enum SessionToken {
    static let byteCount = 32
    /// Base64url of 32 bytes without padding.
    static let textLength = 43

    /// A fresh random token.
    package static func generate() -> String { SecureRandom.token(byteCount: byteCount) }

    /// The SHA-256 stored in `sessions.token_hash`, or nil when `token` is not shaped like one of
    /// ours (nothing to look up).
    package static func hash(_ token: String) -> [UInt8]? {
        guard token.utf8.count == textLength, Base64URL.decode(token)?.count == byteCount else { return nil }
        return Array(Crypto.SHA256.hash(data: Array(token.utf8)))
    }
}
