/// The per-session token every state-changing form carries (`csrf_token`), compared in
/// constant time so response timing does not reveal how much of a guess was right.
package enum CSRFToken {
    /// A fresh random token (256 bits, base64url).
    package static func generate() -> String { SecureRandom.token(byteCount: 32) }

    /// True when `submitted` is the session's token.
    package static func matches(_ submitted: String?, expected: String?) -> Bool {
        guard let submitted, let expected, !expected.isEmpty else { return false }
        return ConstantTime.equals(submitted, expected)
    }
}
