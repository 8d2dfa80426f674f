/// An admin's edit of an account, with the version the edit form was opened at.
package struct UserEdit: Sendable, Equatable {
    package var fullName: String
    /// Nil when the form's choice was empty or unknown (a field error).
    package var role: Role?
    package var areaCodes: [String]
    /// `users.version` when the form was rendered; a different stored version refuses the save.
    package var version: Int

    package init(fullName: String, role: Role?, areaCodes: [String], version: Int) {
        self.fullName = fullName
        self.role = role
        self.areaCodes = areaCodes
        self.version = version
    }
}
