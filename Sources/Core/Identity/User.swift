package import Foundation

/// One account: who signs in, with which role, over which areas. Accounts are never deleted,
/// only deactivated, so the audit trail always names someone who exists.
package struct User: Sendable, Equatable {
    package let id: Int64
    package let username: String
    package var fullName: String
    package var role: Role
    /// The assigned areas, by code: one desa (operator), one kecamatan or several desa
    /// (pendamping), none for the roles that cover the whole deployment.
    package var areas: [Area]
    package var isActive: Bool
    package let createdAt: Date
    package var updatedAt: Date
    package var passwordChangedAt: Date
    /// Optimistic locking: every change adds one; an edit names the version it started from.
    package var version: Int

    package init(
        id: Int64, username: String, fullName: String, role: Role, areas: [Area], isActive: Bool,
        createdAt: Date, updatedAt: Date, passwordChangedAt: Date, version: Int
    ) {
        self.id = id
        self.username = username
        self.fullName = fullName
        self.role = role
        self.areas = areas
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.passwordChangedAt = passwordChangedAt
        self.version = version
    }

    /// The codes of the assigned areas, sorted.
    package var areaCodes: [String] { areas.map(\.code) }

    /// Where this user works.
    package var scope: AreaScope { role.isAreaBound ? .areas(areaCodes) : .everywhere }

    /// The user as the session layer hands it to handlers.
    package var currentUser: CurrentUser {
        CurrentUser(id: id, username: username, fullName: fullName, role: role, scope: scope)
    }
}
