import CSystem
import Glibc
import Synchronization

/// State every loop of one server shares.
final class ServerCounters: Sendable {
    /// Connections open across all loops, checked against `maxConnections` on accept.
    let openConnections = Atomic<Int>(0)
}

/// One I/O thread: an epoll queue, its own listening socket (SO_REUSEPORT, so the kernel
/// spreads new connections over the loops) and the connections it accepted. Everything in
/// here runs on that thread; other threads reach it only through `mailbox`.
final class EventLoop {
    static let listenerToken = UInt64.max
    static let mailboxToken = UInt64.max - 1
    /// Input buffered for a connection that cannot take more requests yet; beyond it, reading stops.
    static let maxBufferedInput = 256 * 1024
    /// Output waiting for the socket beyond which pipelined requests are left unparsed.
    static let outputHighWater = 1024 * 1024
    /// Body bytes copied into the staging buffer; larger bodies are written from their own array.
    static let inlineBodyLimit = 16 * 1024
    /// At most this many connections refused over capacity are kept open to drain.
    static let maxLingeringRejections = 1024

    let index: Int
    let configuration: ServerConfiguration
    let responder: any HTTPResponder
    let workers: WorkerPool?
    let mailbox: LoopMailbox
    let counters: ServerCounters
    let queue: any EventQueue
    let timeouts: ConnectionLifecycle.Timeouts
    var listener: Int32

    var connectionsByFD: [Connection?] = []
    var openConnections: [Connection] = []
    var uncountedConnections = 0
    var generation: UInt32 = 0

    /// Monotonic nanoseconds at the latest wake-up.
    var now: UInt64 = 0
    var wallClock = WallClockCache()
    var requestIDs: RequestIDGenerator
    var accessLog: AccessLogWriter

    let readBuffer: UnsafeMutableRawBufferPointer
    let vectors: UnsafeMutablePointer<iovec>
    static let vectorCapacity = 64
    /// An empty buffer with capacity, lent to a connection's output while it writes.
    var spareOutput: [UInt8] = []
    private var events: [ReadyEvent] = []
    private var inbox: [LoopMailbox.Message] = []

    var stopping = false
    var stopDeadline: UInt64 = 0
    let sweepInterval: UInt64
    var nextSweep: UInt64 = 0
    var acceptPausedUntil: UInt64?

    init(
        index: Int, configuration: ServerConfiguration, responder: any HTTPResponder, workers: WorkerPool?,
        mailbox: LoopMailbox, counters: ServerCounters, listener: Int32, requestIDSeed: UInt64
    ) throws(SystemError) {
        self.index = index
        self.configuration = configuration
        self.responder = responder
        self.workers = workers
        self.mailbox = mailbox
        self.counters = counters
        self.listener = listener
        self.queue = try EpollEventQueue()
        self.timeouts = configuration.connectionTimeouts
        self.requestIDs = RequestIDGenerator(loopIndex: index, seed: requestIDSeed)
        self.accessLog = AccessLogWriter(destination: configuration.accessLog)
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        vectors = .allocate(capacity: Self.vectorCapacity)
        spareOutput.reserveCapacity(16 * 1024)
        events.reserveCapacity(512)
        // Timeouts are checked by a sweep a few times per shortest timeout (10 ms to 1 s apart).
        let shortest = [timeouts.header, timeouts.idle, timeouts.body, timeouts.write, configuration.lingerTimeout.nanoseconds]
            .min() ?? 1_000_000_000
        sweepInterval = min(max(shortest / 8, 10_000_000), 1_000_000_000)
    }

    deinit {
        readBuffer.deallocate()
        vectors.deallocate()
    }

    /// Runs until a shutdown has finished (or the grace period ran out).
    func run() throws(SystemError) {
        defer { tearDown() }
        try queue.add(listener, token: Self.listenerToken, interest: .readable)
        try queue.add(mailbox.eventFD, token: Self.mailboxToken, interest: .readable)
        refreshClocks()
        nextSweep = now &+ sweepInterval
        while true {
            try queue.wait(timeoutMilliseconds: waitTimeout(), into: &events)
            refreshClocks()
            for event in events { handle(event) }
            if now >= nextSweep {
                sweepTimeouts()
                nextSweep = now &+ sweepInterval
            }
            accessLog.flush()
            if stopping && (openConnections.isEmpty || now >= stopDeadline) { return }
        }
    }

    private func refreshClocks() {
        now = SystemCall.monotonicNanoseconds()
        wallClock.update(to: SystemCall.wallClockSeconds())
    }

    private func waitTimeout() -> Int32 {
        var until = nextSweep
        if stopping { until = min(until, stopDeadline) }
        guard until > now else { return 0 }
        return Int32(min((until - now + 999_999) / 1_000_000, 60_000))
    }

    private func handle(_ event: ReadyEvent) {
        switch event.token {
        case Self.listenerToken:
            acceptConnections()
        case Self.mailboxToken:
            drainMailbox()
        default:
            let fd = Int(truncatingIfNeeded: event.token & 0xFFFF_FFFF)
            guard fd < connectionsByFD.count, let connection = connectionsByFD[fd], connection.token == event.token else {
                return
            }
            if event.failed && !connection.registered.contains(.readable) {
                // Error or hang-up while not reading: epoll keeps reporting it, and nobody can
                // receive an answer any more.
                close(connection)
                return
            }
            if event.writable || event.failed { connectionWritable(connection) }
            if !connection.isClosed && (event.readable || event.failed) { connectionReadable(connection) }
        }
    }

    private func drainMailbox() {
        mailbox.take(into: &inbox)
        for message in inbox {
            switch message {
            case .response(let token, let response):
                deliverWorkerResponse(token: token, response)
            case .shutdown:
                beginStopping()
            }
        }
        inbox.removeAll(keepingCapacity: true)
    }

    /// Stop accepting; close what is idle; let the rest finish (each response now closes its
    /// connection) until the grace period ends.
    func beginStopping() {
        guard !stopping else { return }
        stopping = true
        stopDeadline = now &+ configuration.shutdownGracePeriod.nanoseconds
        closeListener()
        for connection in openConnections { settle(connection) }
    }

    func closeListener() {
        guard listener >= 0 else { return }
        queue.remove(listener)
        SystemCall.close(listener)
        listener = -1
    }

    private func tearDown() {
        while let connection = openConnections.last { close(connection) }
        closeListener()
        accessLog.flush()
        queue.close()
    }
}
