import Core

/// The unguessable code of an issued letter: 144 random bits from the system's generator, as
/// 24 base64url characters (RFC 4648 §5), the last segment of `/verifikasi/{code}`.
package enum VerificationCode {
    package static let byteCount = 18

    package static func make() -> String { Base64URL.encode(SecureRandom.bytes(byteCount)) }

    /// True when `text` has the shape of a code (so the lookup never runs on junk).
    package static func isWellFormed(_ text: String) -> Bool {
        text.count == 24 && text.unicodeScalars.allSatisfy { scalar in
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
        }
    }
}
