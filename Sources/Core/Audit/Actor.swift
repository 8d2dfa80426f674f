/// Who made a change, for the audit trail: a signed-in user, the command line, or the system.
package struct Actor: Sendable, Equatable {
    package enum Kind: String, Sendable { case user, cli, system }

    package let kind: Kind
    package let userID: Int64?
    package let username: String
    package let role: Role?
    /// The client address (empty outside HTTP).
    package let address: String
    /// The request id (empty outside HTTP).
    package let requestID: String

    package init(kind: Kind, userID: Int64?, username: String, role: Role?, address: String, requestID: String) {
        self.kind = kind
        self.userID = userID
        self.username = username
        self.role = role
        self.address = address
        self.requestID = requestID
    }

    /// A signed-in user acting through a request.
    package static func user(_ user: CurrentUser, address: String, requestID: String) -> Actor {
        Actor(kind: .user, userID: user.id, username: user.username, role: user.role, address: address, requestID: requestID)
    }

    /// Someone at the command line (`dinsos user create`, imports).
    package static let cli = Actor(kind: .cli, userID: nil, username: "", role: nil, address: "", requestID: "")

    /// The application itself (background jobs, expiry).
    package static let system = Actor(kind: .system, userID: nil, username: "", role: nil, address: "", requestID: "")

    /// An anonymous visitor (a failed login names the username it tried in the entry itself).
    package static func anonymous(address: String, requestID: String) -> Actor {
        Actor(kind: .user, userID: nil, username: "", role: nil, address: address, requestID: requestID)
    }
}
