package import Web

/// The signed-in user of a request, as the session layer found it.
package struct CurrentUser: Sendable, Equatable {
    package let id: Int64
    package let username: String
    package let fullName: String
    package let role: Role
    /// Where this user works: the whole deployment, or the assigned areas and everything below.
    package let scope: AreaScope

    package init(id: Int64, username: String, fullName: String, role: Role, scope: AreaScope) {
        self.id = id
        self.username = username
        self.fullName = fullName
        self.role = role
        self.scope = scope
    }

    /// True when the permission table lets this user's role perform `action`.
    package func may(_ action: String) -> Bool { Permissions.allows(role, action) }
}

/// Where the session layer leaves the signed-in user for the handler.
package enum CurrentUserKey: ContextKey {
    package typealias Value = CurrentUser
}

extension RequestContext {
    /// The signed-in user, or nil on public pages visited anonymously.
    package var currentUser: CurrentUser? { storage[CurrentUserKey.self] }
}

extension RequestContext {
    /// The signed-in user of a protected route. The route guard lets only signed-in users through,
    /// so a missing user means the session layer is missing: refused, never shown anything.
    package func signedInUser() throws(HTTPError) -> CurrentUser {
        guard let currentUser else { throw HTTPError(.forbidden) }
        return currentUser
    }
}
