import CSystem

/// Everything a `Server` can be told. The defaults are the production values.
package struct ServerConfiguration: Sendable {
    /// The address to bind: an IPv4 or IPv6 literal, or `localhost`.
    package var host: String = "127.0.0.1"
    /// The port to bind; 0 picks a free one (read it back from `Server.port`).
    package var port: Int = 8080
    /// Connections served at once; one more is answered 503 and closed.
    package var maxConnections: Int = 10_000
    /// I/O threads, one epoll loop each.
    package var eventLoops: Int = ServerConfiguration.availableCores
    /// 0: handlers run on the loop threads. N: handlers run on a pool of N threads, except
    /// those the responder answers inline.
    package var workers: Int = 0
    /// Requests waiting for a worker; one more is answered 503 with Retry-After.
    package var workerQueueDepth: Int = 1024
    /// Parser limits (target length, header section size and count, default body size).
    package var limits = ParserLimits()
    /// From the first byte of a request to the end of its header section.
    package var headerTimeout: Duration = .seconds(10)
    /// A persistent connection with no request in progress is closed after this.
    package var idleTimeout: Duration = .seconds(5)
    /// A body that stops arriving for this long is answered 408.
    package var bodyTimeout: Duration = .seconds(30)
    /// A response the peer stops reading for this long is dropped.
    package var writeTimeout: Duration = .seconds(30)
    /// How long `shutdown` lets in-flight requests finish before closing everything.
    package var shutdownGracePeriod: Duration = .seconds(10)
    /// After a refused request: how long the socket is drained before closing, so the peer
    /// can read the answer instead of a reset.
    package var lingerTimeout: Duration = .seconds(1)
    /// Pending connections the kernel queues for `accept` (capped by net.core.somaxconn).
    package var listenBacklog: Int = 4096
    /// Where access-log lines go.
    package var accessLog: AccessLogDestination = .standardError

    /// The production defaults.
    package init() {}

    /// The body limit for requests the server answers itself (`OPTIONS *`) and the parser's
    /// limit before the responder has been asked; the responder's `bodyLimit(for:)` decides
    /// for every routed request.
    package var defaultMaxBody: Int {
        get { limits.defaultMaxBodySize }
        set { limits.defaultMaxBodySize = newValue }
    }

    /// The CPUs this process may use.
    package static var availableCores: Int { Int(csystem_available_cpus()) }

    /// The standard body limit, 10 MiB.
    package static let standardMaxBody = 10 * 1024 * 1024

    var connectionTimeouts: ConnectionLifecycle.Timeouts {
        ConnectionLifecycle.Timeouts(
            header: headerTimeout.nanoseconds, idle: idleTimeout.nanoseconds, body: bodyTimeout.nanoseconds,
            write: writeTimeout.nanoseconds)
    }
}

extension Duration {
    /// The duration in whole nanoseconds, clamped at zero.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) &* 1_000_000_000 &+ UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
