import Crypto

/// The secret of an API token: `dsk_` and 256 random bits in base64url. The database keeps
/// only its SHA-256, like session tokens, so a copy of the database grants no access.
package enum APITokenSecret {
    /// Marks our tokens, so a leaked one is recognisable in logs and by secret scanners.
    package static let marker = "dsk_"
    static let byteCount = 32
    /// Base64url of 32 bytes without padding.
    static let randomLength = 43
    /// How many characters of the secret the list shows (marker included).
    static let prefixLength = marker.count + 8

    /// A fresh secret.
    package static func generate() -> String { marker + SecureRandom.token(byteCount: byteCount) }

    /// The SHA-256 stored in `api_tokens.token_hash`, or nil when `secret` is not shaped like
    /// one of ours (nothing to look up).
    package static func hash(_ secret: String) -> [UInt8]? {
        guard secret.hasPrefix(marker), secret.utf8.count == marker.utf8.count + randomLength,
            Base64URL.decode(String(secret.dropFirst(marker.count)))?.count == byteCount
        else { return nil }
        return Array(Crypto.SHA256.hash(data: Array(secret.utf8)))
    }

    /// What the list shows of `secret`.
    package static func prefix(of secret: String) -> String { String(secret.prefix(prefixLength)) }
}
