/// One accepted socket and everything the loop knows about it. Owned and touched by its loop
/// thread only; the loop's methods (`EventLoop+Input`, `EventLoop+Output`) drive it.
final class Connection {
    /// The request being answered: what the response and the log line need from it.
    struct CurrentRequest {
        var id: String
        var method: HTTPMethod
        var path: String
        var version: HTTPVersion
        var keepAlive: Bool
        var startedAt: UInt64
    }

    let fd: Int32
    /// `generation << 32 | fd`: tells a stale event or a late worker reply from the current
    /// owner of a reused descriptor number.
    let token: UInt64
    let remoteAddress: String
    /// Whether the connection counts against `maxConnections` (an over-capacity rejection does not).
    let counted: Bool
    /// Index in the loop's list of open connections.
    var slot = 0

    var parser: RequestParser
    var lifecycle: ConnectionLifecycle
    var output = OutboundQueue()
    /// Received bytes not yet given to the parser (a request waits for a worker, or output is backed up).
    var input: [UInt8] = []
    var registered: EventInterest = .readable

    /// The head of the request whose body is being read.
    var pendingHead: RequestHead?
    var current: CurrentRequest?
    /// A worker is answering the current request; later pipelined requests wait in `input`.
    var awaitingWorker = false
    /// No more requests are taken: close once `output` is written.
    var closeAfterOutput = false
    /// The framing may be broken (refused request): half-close and drain before closing, so the
    /// peer reads our answer instead of a reset.
    var lingerBeforeClose = false
    /// The peer sent end-of-file.
    var readClosed = false
    /// Half-closed and discarding input until the peer closes or `lingerDeadline`.
    var lingering = false
    var lingerDeadline: UInt64 = 0
    var lingerBudget = 0
    var isClosed = false

    init(fd: Int32, token: UInt64, remoteAddress: String, counted: Bool, parser: RequestParser, lifecycle: ConnectionLifecycle) {
        self.fd = fd
        self.token = token
        self.remoteAddress = remoteAddress
        self.counted = counted
        self.parser = parser
        self.lifecycle = lifecycle
    }

    /// The next instant the loop must look at this connection.
    var deadline: UInt64? {
        lingering ? lingerDeadline : lifecycle.deadline
    }
}
