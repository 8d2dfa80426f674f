/// What the server calls for each request. `Web.Application` is the real one; tests use small ones.
package protocol HTTPResponder: Sendable {
    /// The largest body accepted for this request, asked once the header section is parsed and
    /// before any body byte is read: a larger declared length, or a chunked body growing past it,
    /// is answered 413 and the connection closed.
    func bodyLimit(for head: RequestHead) -> Int

    /// Whether this request is cheap enough to answer on the I/O loop itself
    /// (static files, /healthz) instead of going through the handler pool.
    func answersInline(_ head: RequestHead) -> Bool

    /// The answer to a request refused before any handler saw it (a declared body over
    /// `bodyLimit(for:)`: 413), or nil for the server's plain-text one. Called on the I/O loop:
    /// it must be cheap and must not block.
    func refusal(_ status: HTTPStatus, for head: RequestHead, requestID: String) -> Response?

    /// Answers one request. Synchronous; never throws (errors are turned into responses by
    /// the web layer's middleware before they reach the server).
    func respond(to request: Request) -> Response
}

extension HTTPResponder {
    /// By default nothing is answered on the loop when a worker pool exists.
    package func answersInline(_ head: RequestHead) -> Bool { false }

    /// By default a refusal is the server's plain-text answer.
    package func refusal(_ status: HTTPStatus, for head: RequestHead, requestID: String) -> Response? { nil }

    /// By default every request may carry up to `ServerConfiguration.standardMaxBody` (10 MiB).
    package func bodyLimit(for head: RequestHead) -> Int { ServerConfiguration.standardMaxBody }
}
