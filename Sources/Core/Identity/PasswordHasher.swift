import Crypto
import CryptoExtras

/// PBKDF2-HMAC-SHA256 password hashes (swift-crypto's CryptoExtras), stored as
/// `pbkdf2-sha256$<rounds>$<salt>$<hash>` (base64url) so the parameters travel with the hash and
/// can be raised later: `needsRehash` tells the login to store a fresh hash.
package struct PasswordHasher: Sendable {
    /// OWASP 2023 figure for PBKDF2-HMAC-SHA256; about 0.15 s per hash on this machine.
    package static let productionRounds = 600_000
    /// Cheap parameters for tests only (never a production configuration).
    package static let testing = PasswordHasher(rounds: 1_000)

    package let rounds: Int
    private static let scheme = "pbkdf2-sha256"
    private static let saltByteCount = 16
    private static let keyByteCount = 32

    package init(rounds: Int = PasswordHasher.productionRounds) {
        self.rounds = rounds
    }

    /// A new hash of `password` with a fresh random salt.
    package func hash(_ password: String) throws -> String {
        let salt = SecureRandom.bytes(Self.saltByteCount)
        let key = try Self.derive(password, salt: salt, rounds: rounds)
        return [Self.scheme, String(rounds), Base64URL.encode(salt), Base64URL.encode(key)].joined(separator: "$")
    }

    /// True when `password` matches `stored`; false for a malformed stored value.
    package func verify(_ password: String, against stored: String) -> Bool {
        guard let parsed = Self.parse(stored),
            let key = try? Self.derive(password, salt: parsed.salt, rounds: parsed.rounds)
        else { return false }
        return ConstantTime.equals(key, parsed.key)
    }

    /// True when `stored` uses weaker parameters than this hasher (or another scheme).
    package func needsRehash(_ stored: String) -> Bool {
        guard let parsed = Self.parse(stored) else { return true }
        return parsed.rounds < rounds
    }

    private static func parse(_ stored: String) -> (rounds: Int, salt: [UInt8], key: [UInt8])? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]), rounds > 0,
            let salt = Base64URL.decode(parts[2]), let key = Base64URL.decode(parts[3]), key.count == keyByteCount
        else { return nil }
        return (rounds, salt, key)
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: keyByteCount,
            unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }
}
