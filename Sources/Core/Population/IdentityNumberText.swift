/// Shared handling of the 16-digit numbers (NIK, No KK) as people type and show them.
package enum IdentityNumberText {
    /// The number of digits of a NIK and of a No KK.
    package static let length = 16

    /// `text` without the spaces, dots and dashes people type between groups of digits.
    package static func normalized(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" })
    }

    /// The first four and last four characters with the middle hidden: `3402••••••••0001`.
    /// Short or empty values are hidden completely.
    package static func masked(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 8 else { return String(repeating: "•", count: characters.count) }
        return String(characters.prefix(4)) + String(repeating: "•", count: characters.count - 8)
            + String(characters.suffix(4))
    }

    /// True when `code` is a plausible province code (Kemendagri codes run from 11 to 99).
    static func isPlausibleProvince(_ code: Substring) -> Bool {
        guard let number = Int(code) else { return false }
        return (11...99).contains(number)
    }
}
