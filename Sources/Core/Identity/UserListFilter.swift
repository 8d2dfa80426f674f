/// What the admin's user list is narrowed to: a search in username and full name, a role, a status.
package struct UserListFilter: Sendable, Equatable {
    /// Searched as a substring of the username or the full name, without case; empty for all.
    package var query: String
    package var role: Role?
    /// True for active accounts only, false for inactive only, nil for both.
    package var active: Bool?

    package init(query: String = "", role: Role? = nil, active: Bool? = nil) {
        self.query = query
        self.role = role
        self.active = active
    }
}
