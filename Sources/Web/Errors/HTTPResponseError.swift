package import HTTPServer

/// An error that knows which status it stands for and renders itself. Module errors conform
/// to it to become a 4xx page instead of a logged 500.
package protocol HTTPResponseError: Error {
    var status: HTTPStatus { get }
    /// Extra headers for the answer (`Allow` on 405, `Retry-After` on 503).
    var headers: HTTPHeaders { get }
    /// A sentence safe to show the user, in Indonesian; nil for the status's standard text.
    var publicMessage: String? { get }
    /// The answer; the default renders an error page through the application's renderer.
    func response(for request: Request, context: RequestContext, pages: any ErrorPageRenderer) -> Response
}

extension HTTPResponseError {
    package var headers: HTTPHeaders { HTTPHeaders() }
    package var publicMessage: String? { nil }

    package func response(for request: Request, context: RequestContext, pages: any ErrorPageRenderer) -> Response {
        let page = ErrorPage(status: status, message: publicMessage, requestID: context.requestID)
        var response = page.render(with: pages, request: request, context: context)
        for field in headers { response.headers.set(field.name, field.value) }
        return response
    }
}

/// The plain error of the web layer: a status, an optional message for the user, extra headers.
package struct HTTPError: HTTPResponseError, Sendable, CustomStringConvertible {
    package var status: HTTPStatus
    package var publicMessage: String?
    package var headers: HTTPHeaders

    /// `message` is shown to the user as is (escaped); keep internal details out of it.
    package init(_ status: HTTPStatus, message: String? = nil, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.publicMessage = message
        self.headers = headers
    }

    /// 405 with the `Allow` field RFC 9110 §15.5.6 requires.
    package static func methodNotAllowed(allowing methods: [HTTPMethod]) -> HTTPError {
        HTTPError(.methodNotAllowed, headers: ["Allow": methods.map(\.rawValue).joined(separator: ", ")])
    }

    package var description: String { "HTTPError(\(status)\(publicMessage.map { ": \($0)" } ?? ""))" }
}
