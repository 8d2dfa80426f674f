/// What the parser knows once the header section is complete: enough to route and to
/// decide the body limit before a single body byte is read.
package struct RequestHead: Sendable {
    package var method: HTTPMethod
    /// The request-target exactly as sent (origin-form, absolute-form, or `*`).
    package var target: String
    /// The path, still percent-encoded, without query; for absolute-form targets the
    /// scheme and authority are removed. `*` for `OPTIONS *`.
    package var path: String
    /// The raw query string after `?`, without the `?`, or nil when there is none.
    package var query: String?
    package var version: HTTPVersion
    package var headers: HTTPHeaders

    package init(
        method: HTTPMethod, target: String, path: String, query: String?,
        version: HTTPVersion = .http1_1, headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
    }
}

/// A complete request handed to a responder.
package struct Request: Sendable {
    package var head: RequestHead
    /// The decoded body (chunked transfer coding already removed).
    package var body: [UInt8]
    /// The peer's address as text (`127.0.0.1`, `::1`).
    package var remoteAddress: String
    /// Assigned by the connection to every request; sent back as `X-Request-Id`, written in
    /// the access log line and shown on error pages.
    package var id: String

    package init(head: RequestHead, body: [UInt8] = [], remoteAddress: String = "127.0.0.1", id: String = "test") {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.id = id
    }

    package var method: HTTPMethod { head.method }
    package var path: String { head.path }
    package var query: String? { head.query }
    package var headers: HTTPHeaders { head.headers }
}
