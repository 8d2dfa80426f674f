package import HTTPServer

extension Response {
    /// An HTML page, UTF-8.
    package static func html(_ text: String, status: HTTPStatus = .ok) -> Response {
        html(bytes: Array(text.utf8), status: status)
    }

    /// An HTML page already rendered to UTF-8 bytes (the template engine's output).
    package static func html(bytes: [UInt8], status: HTTPStatus = .ok) -> Response {
        Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .bytes(bytes))
    }

    /// A redirect; 303 by default, the answer to every successful POST (the browser follows with GET).
    package static func redirect(to location: String, status: HTTPStatus = .seeOther) -> Response {
        Response(status: status, headers: ["Location": location])
    }

    /// A body produced piece by piece (large exports), sent with chunked transfer coding.
    /// `produce` returns nil at the end.
    package static func stream(
        contentType: String, status: HTTPStatus = .ok, _ produce: @escaping () throws -> [UInt8]?
    ) -> Response {
        Response(status: status, headers: ["Content-Type": contentType], body: .stream(ResponseStream(produce)))
    }

    /// The response as a HEAD request sees it on the wire: no body, `Content-Length` stating
    /// the length GET would have sent when that length is known (RFC 9110 §9.3.2, §8.6).
    /// The server does this itself; in-process clients use it.
    package func headOnly() -> Response {
        var response = self
        if let length = body.knownLength, !headers.contains("Content-Length") {
            response.headers.add("Content-Length", String(length))
        }
        response.body = .empty
        return response
    }
}
