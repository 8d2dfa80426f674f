package import Web

/// Which stored session the current request belongs to, for logout, flashes and ending the
/// user's other sessions.
package struct SessionHandle: Sendable, Equatable {
    package let tokenHash: [UInt8]
    /// Nil for a pre-session (the login form before signing in).
    package let userID: Int64?

    package init(tokenHash: [UInt8], userID: Int64?) {
        self.tokenHash = tokenHash
        self.userID = userID
    }
}

/// Where the session layer leaves the handle.
package enum SessionHandleKey: ContextKey {
    package typealias Value = SessionHandle
}

extension RequestContext {
    /// The stored session this request came with, or nil.
    package var sessionHandle: SessionHandle? { storage[SessionHandleKey.self] }

    /// Makes `session` the request's session (after login or a new pre-session), so the page
    /// rendered next carries its CSRF token.
    package mutating func adopt(_ session: NewSession) {
        storage[SessionHandleKey.self] = SessionHandle(tokenHash: session.tokenHash, userID: session.userID)
        storage[SessionStateKey.self] = SessionState(csrfToken: session.csrfToken, flash: nil)
    }

    /// Forgets the request's session (after logout).
    package mutating func forgetSession() {
        storage[SessionHandleKey.self] = nil
        storage[SessionStateKey.self] = nil
        storage[CurrentUserKey.self] = nil
    }
}
