import Foundation

/// The `next` parameter that brings a user back to the page that sent them to the login form.
/// Only local paths are followed: anything else would turn the login form into an open
/// redirect (`next=//evil.example` is a scheme-relative URL to another host).
package enum LoginRedirect {
    static let maximumLength = 2048

    /// `/login?next=…` for a request to `target` (path and query as the client sent them).
    package static func loginPath(returningTo target: String) -> String {
        guard safeTarget(target) != nil, target != "/" else { return "/login" }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        guard let encoded = target.addingPercentEncoding(withAllowedCharacters: allowed) else { return "/login" }
        return "/login?next=" + encoded
    }

    /// `next` when it is a path on this site, else nil: it must start with one `/`, and hold no
    /// backslash (browsers read `/\host` as `//host`) and no control characters.
    package static func safeTarget(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.utf8.count <= maximumLength,
            !next.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 || $0 == 0x7F })
        else { return nil }
        return next
    }
}
