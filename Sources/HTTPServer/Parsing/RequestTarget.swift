/// A parsed request-target (RFC 9112 §3.2): the path and query the router needs, and for the
/// absolute form the authority that replaces Host.
struct RequestTarget {
    var target: String
    var path: String
    var query: String?
    /// The authority of an absolute-form target; RFC 9112 §3.2.2: the server MUST ignore the
    /// Host field then and use this instead.
    var authority: String?

    /// Parses the target bytes for the given method. Characters were checked by the caller.
    static func parse(_ bytes: UnsafeRawBufferPointer, method: HTTPMethod) throws(RequestParseError) -> RequestTarget {
        let target = String(decoding: bytes, as: UTF8.self)
        guard let first = bytes.first else { throw .invalidRequestTarget }
        if first == UInt8(ascii: "/") {
            // origin-form = absolute-path [ "?" query ]
            return originForm(bytes, target: target, authority: nil)
        }
        if first == UInt8(ascii: "*") {
            // asterisk-form is only for a server-wide OPTIONS (RFC 9112 §3.2.4).
            guard bytes.count == 1, method == .OPTIONS else { throw .invalidRequestTarget }
            return RequestTarget(target: target, path: "*", query: nil, authority: nil)
        }
        return try absoluteForm(bytes, target: target)
    }

    /// absolute-form = absolute-URI (RFC 9112 §3.2.2); only the http and https schemes are served.
    private static func absoluteForm(_ bytes: UnsafeRawBufferPointer, target: String) throws(RequestParseError) -> RequestTarget {
        let schemeLength: Int
        if hasCaseInsensitivePrefix(bytes, "http://") {
            schemeLength = 7
        } else if hasCaseInsensitivePrefix(bytes, "https://") {
            schemeLength = 8
        } else {
            throw .invalidRequestTarget
        }
        var end = schemeLength
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?") { end += 1 }
        let authority = UnsafeRawBufferPointer(rebasing: bytes[schemeLength..<end])
        // RFC 9110 §4.2.1: an http URI with an empty host is invalid; §4.2.4: userinfo is an error.
        guard !authority.isEmpty, !authority.contains(UInt8(ascii: "@")), HostSyntax.isValid(authority),
            authority.first != UInt8(ascii: ":")
        else { throw .invalidRequestTarget }
        let authorityText = String(decoding: authority, as: UTF8.self)
        let rest = UnsafeRawBufferPointer(rebasing: bytes[end...])
        if rest.first == UInt8(ascii: "/") {
            return originForm(rest, target: target, authority: authorityText)
        }
        // An empty path in an http URI means "/" (RFC 9110 §4.2.1).
        var query: String?
        if rest.first == UInt8(ascii: "?") {
            query = String(decoding: UnsafeRawBufferPointer(rebasing: rest[1...]), as: UTF8.self)
        }
        return RequestTarget(target: target, path: "/", query: query, authority: authorityText)
    }

    private static func originForm(_ bytes: UnsafeRawBufferPointer, target: String, authority: String?) -> RequestTarget {
        guard let questionMark = bytes.firstIndex(of: UInt8(ascii: "?")) else {
            return RequestTarget(target: target, path: authority == nil ? target : String(decoding: bytes, as: UTF8.self), query: nil, authority: authority)
        }
        let path = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<questionMark]), as: UTF8.self)
        let query = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(questionMark + 1)...]), as: UTF8.self)
        return RequestTarget(target: target, path: path, query: query, authority: authority)
    }

    private static func hasCaseInsensitivePrefix(_ bytes: UnsafeRawBufferPointer, _ prefix: StaticString) -> Bool {
        bytes.count >= prefix.utf8CodeUnitCount
            && asciiLowercaseEquals(bytes.prefix(prefix.utf8CodeUnitCount), prefix)
    }
}
