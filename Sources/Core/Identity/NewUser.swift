/// What an admin (or `dinsos user create`) gives to create an account.
package struct NewUser: Sendable, Equatable {
    package var username: String
    package var fullName: String
    /// Nil when the form's choice was empty or unknown (a field error).
    package var role: Role?
    package var areaCodes: [String]
    package var password: String

    package init(username: String, fullName: String, role: Role?, areaCodes: [String] = [], password: String) {
        self.username = username
        self.fullName = fullName
        self.role = role
        self.areaCodes = areaCodes
        self.password = password
    }
}
