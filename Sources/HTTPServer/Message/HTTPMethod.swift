/// A request method token (RFC 9110 §9). Methods are case-sensitive.
package struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let GET = HTTPMethod(rawValue: "GET")
    package static let HEAD = HTTPMethod(rawValue: "HEAD")
    package static let POST = HTTPMethod(rawValue: "POST")
    package static let PUT = HTTPMethod(rawValue: "PUT")
    package static let PATCH = HTTPMethod(rawValue: "PATCH")
    package static let DELETE = HTTPMethod(rawValue: "DELETE")
    package static let OPTIONS = HTTPMethod(rawValue: "OPTIONS")
    package static let TRACE = HTTPMethod(rawValue: "TRACE")
    package static let CONNECT = HTTPMethod(rawValue: "CONNECT")
    /// The safe method with a request body of draft-ietf-httpbis-safe-method-w-body.
    package static let QUERY = HTTPMethod(rawValue: "QUERY")

    /// The methods this server implements (the `Allow` of `OPTIONS *`). The parser also
    /// recognises TRACE and QUERY, which no route allows: they are answered 405 with `Allow` like
    /// any method a resource does not support, and TRACE never echoes the request (RFC 9110
    /// §9.3.8). Clients that probe with them (API fuzzers send QUERY) get the resource's answer
    /// rather than a server-wide 501. Any other token is answered 501 (RFC 9110 §9.1).
    package static let known: Set<HTTPMethod> = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS]

    /// Methods that change state and therefore need a CSRF token.
    package var isStateChanging: Bool { !(self == .GET || self == .HEAD || self == .OPTIONS || self == .TRACE || self == .QUERY) }

    package var description: String { rawValue }
}
