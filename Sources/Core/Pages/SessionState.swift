package import Web

/// What the session layer knows about the current browser session, for pages and the CSRF check.
package struct SessionState: Sendable, Equatable {
    /// The token every state-changing form of this session must carry.
    package let csrfToken: String
    /// The message left by the previous POST (shown once, then cleared).
    package let flash: Flash?

    package init(csrfToken: String, flash: Flash?) {
        self.csrfToken = csrfToken
        self.flash = flash
    }
}

/// A one-time message shown at the top of the next page (POST → redirect → GET).
package struct Flash: Sendable, Equatable, Codable {
    package enum Kind: String, Sendable, Codable { case success, error, info }
    package let kind: Kind
    package let message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// Where the session layer leaves the session for the handler.
package enum SessionStateKey: ContextKey {
    package typealias Value = SessionState
}

/// Where a handler leaves a flash for the next page; the session layer stores it after the handler.
package enum OutgoingFlashKey: ContextKey {
    package typealias Value = Flash
}

extension RequestContext {
    /// The browser session, or nil where no session applies (static files, health).
    package var session: SessionState? { storage[SessionStateKey.self] }

    /// Leaves a message for the next page.
    package mutating func flash(_ kind: Flash.Kind, _ message: String) {
        storage[OutgoingFlashKey.self] = Flash(kind, message)
    }
}
