package import Web

/// The session cookie: `dinsos_session`, HttpOnly, SameSite=Lax, Path=/, and Secure when the
/// site is served over HTTPS (`--secure-cookies`).
package struct SessionCookie: Sendable, Equatable {
    /// The cookie's name.
    package static let name = "dinsos_session"

    package let secure: Bool
    /// Browsers may keep it this long; the server's own expiry decides earlier.
    package let maxAge: Int

    package init(secure: Bool, policy: SessionPolicy = .standard) {
        self.secure = secure
        self.maxAge = Int(policy.absoluteLifetime)
    }

    /// The `Set-Cookie` that hands the browser `token`.
    package func issuing(_ token: String) -> SetCookie {
        SetCookie(name: Self.name, value: token, maxAge: maxAge, secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The `Set-Cookie` that makes the browser drop its session cookie.
    package func removal() -> SetCookie {
        SetCookie.removal(of: Self.name, secure: secure)
    }
}
