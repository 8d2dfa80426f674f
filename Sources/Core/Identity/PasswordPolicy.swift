/// The password rules: at least 10 characters, not the username.
package enum PasswordPolicy {
    package static let minimumLength = 10

    /// The Indonesian message for a password that breaks a rule, or nil when it is acceptable.
    package static func problem(with password: String, username: String) -> String? {
        if password.count < minimumLength {
            return "Kata sandi minimal \(minimumLength) karakter."
        }
        if password.lowercased() == username.lowercased() {
            return "Kata sandi tidak boleh sama dengan nama pengguna."
        }
        if password.lowercased().contains(username.lowercased()), username.count >= 4 {
            return "Kata sandi tidak boleh memuat nama pengguna."
        }
        return nil
    }
}
