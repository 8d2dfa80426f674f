package import HTTPServer

/// The headers every response carries (DESIGN §4). A handler that sets one of them itself keeps its own.
package struct SecurityHeaders: Sendable {
    /// The fields added, in order.
    package var fields: [HTTPHeaders.Field]

    package init(fields: [HTTPHeaders.Field]) {
        self.fields = fields
    }

    /// CSP `default-src 'self'`, nosniff, DENY, same-origin.
    package static let standard = SecurityHeaders(fields: [
        .init(name: "Content-Security-Policy", value: "default-src 'self'"),
        .init(name: "X-Content-Type-Options", value: "nosniff"),
        .init(name: "X-Frame-Options", value: "DENY"),
        .init(name: "Referrer-Policy", value: "same-origin"),
    ])

    func apply(to headers: inout HTTPHeaders) {
        for field in fields where !HeaderName.isPresent(field.name, in: headers) {
            headers.add(field.name, field.value)
        }
    }
}

/// Adds `SecurityHeaders` on the way out; placed outside the error pages, so those get them too.
package struct SecurityHeadersMiddleware: Middleware {
    let headers: SecurityHeaders

    /// Adds `headers` to every response.
    package init(_ headers: SecurityHeaders = .standard) {
        self.headers = headers
    }

    package func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
        var response = try next(request, &context)
        headers.apply(to: &response.headers)
        return response
    }
}
