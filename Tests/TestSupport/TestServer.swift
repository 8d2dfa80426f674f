package import HTTPServer

/// A responder made of closures, for tests.
package struct ClosureResponder: HTTPResponder {
    private let handler: @Sendable (Request) -> Response
    private let limit: @Sendable (RequestHead) -> Int
    private let inline: @Sendable (RequestHead) -> Bool

    /// A responder with an optional body limit and inline predicate around `handler`.
    package init(
        bodyLimit: @escaping @Sendable (RequestHead) -> Int = { _ in ServerConfiguration.standardMaxBody },
        answersInline: @escaping @Sendable (RequestHead) -> Bool = { _ in false },
        _ handler: @escaping @Sendable (Request) -> Response
    ) {
        self.handler = handler
        self.limit = bodyLimit
        self.inline = answersInline
    }

    /// The limit the `bodyLimit` closure gives.
    package func bodyLimit(for head: RequestHead) -> Int { limit(head) }
    /// What the `answersInline` closure says.
    package func answersInline(_ head: RequestHead) -> Bool { inline(head) }
    /// The handler's response.
    package func respond(to request: Request) -> Response { handler(request) }
}

/// A `Server` on an ephemeral loopback port for one test; `stop()` (or deinit) shuts it down.
package final class TestServer {
    /// The running server (for `beginShutdown`, `waitUntilStopped`).
    package let server: Server
    /// The port it listens on, on 127.0.0.1.
    package let port: Int
    private var stopped = false

    /// Starts a server with test-friendly defaults (port 0, two loops, no access log, a 2 s
    /// shutdown grace period), changed by `configure`.
    package init(
        responder: some HTTPResponder, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.eventLoops = 2
        configuration.accessLog = .none
        configuration.shutdownGracePeriod = .seconds(2)
        configure(&configuration)
        server = Server(configuration: configuration, responder: responder)
        try server.start()
        port = server.port
    }

    /// A server answering every request with `handler`.
    package convenience init(
        configure: (inout ServerConfiguration) -> Void = { _ in }, _ handler: @escaping @Sendable (Request) -> Response
    ) throws {
        try self.init(responder: ClosureResponder(handler), configure: configure)
    }

    deinit {
        stop()
    }

    /// A new raw client connected to this server.
    package func client(timeout: Duration = .seconds(5)) throws -> RawHTTPClient {
        try RawHTTPClient(port: port, timeout: timeout)
    }

    /// Graceful shutdown, waiting until the server has stopped.
    package func stop() {
        guard !stopped else { return }
        stopped = true
        server.shutdown()
    }
}
