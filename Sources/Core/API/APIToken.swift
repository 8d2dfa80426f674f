package import Foundation

/// One bearer token of a user, as the admin's list shows it: never the secret, only its prefix.
package struct APIToken: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let userID: Int64
    package let name: String
    /// The first characters of the secret (`dsk_AbCd1234`), enough to recognise it.
    package let prefix: String
    package let createdAt: Date
    /// The admin who created it; nil when it came from the command line.
    package let createdBy: Int64?
    package let lastUsedAt: Date?
    package let revokedAt: Date?

    package init(
        id: Int64, userID: Int64, name: String, prefix: String, createdAt: Date, createdBy: Int64?, lastUsedAt: Date?,
        revokedAt: Date?
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.prefix = prefix
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// False once revoked.
    package var isActive: Bool { revokedAt == nil }
}

/// A token just created: the secret exists only here and in the one answer that shows it.
package struct NewAPIToken: Sendable {
    package let token: APIToken
    /// `dsk_` + 43 base64url characters (256 random bits).
    package let secret: String
}
