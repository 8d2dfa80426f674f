package import HTTPServer

/// A `Set-Cookie` field (RFC 6265 §4.1). Defaults suit a session cookie: path `/`, HttpOnly,
/// SameSite=Lax; set `secure` when the site is served over HTTPS.
package struct SetCookie: Sendable, Equatable {
    /// The `SameSite` attribute (RFC 6265bis §4.1.2.7).
    package enum SameSite: String, Sendable {
        case strict = "Strict"
        case lax = "Lax"
        case none = "None"
    }

    /// A token (RFC 9110 §5.6.2); the caller's constant.
    package var name: String
    /// Written as given; keep it to cookie-octets (base64url and hex tokens are).
    package var value: String
    package var path: String? = "/"
    package var domain: String?
    /// Seconds until expiry; takes precedence over `expires` in browsers that know both.
    package var maxAge: Int?
    /// Expiry as seconds since 1970 UTC, written as an HTTP date.
    package var expires: Int64?
    package var secure = false
    package var httpOnly = true
    package var sameSite: SameSite? = .lax

    package init(
        name: String, value: String, path: String? = "/", domain: String? = nil, maxAge: Int? = nil,
        expires: Int64? = nil, secure: Bool = false, httpOnly: Bool = true, sameSite: SameSite? = .lax
    ) {
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.maxAge = maxAge
        self.expires = expires
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    /// A cookie that makes the browser delete `name` now (same path and domain as when set).
    package static func removal(of name: String, path: String? = "/", domain: String? = nil, secure: Bool = false)
        -> SetCookie
    {
        SetCookie(name: name, value: "", path: path, domain: domain, maxAge: 0, expires: 0, secure: secure)
    }

    /// The field value, attributes in a fixed order.
    package var headerValue: String {
        var text = name + "=" + value
        if let path { text += "; Path=" + path }
        if let domain { text += "; Domain=" + domain }
        if let maxAge { text += "; Max-Age=" + String(maxAge) }
        if let expires { text += "; Expires=" + HTTPDate.format(expires) }
        if secure { text += "; Secure" }
        if httpOnly { text += "; HttpOnly" }
        if let sameSite { text += "; SameSite=" + sameSite.rawValue }
        return text
    }
}

extension Response {
    /// Adds a `Set-Cookie` field; several cookies mean several fields, never one joined field.
    package mutating func setCookie(_ cookie: SetCookie) {
        headers.add("Set-Cookie", cookie.headerValue)
    }
}
