import CSystem
import Glibc
import Synchronization

/// The HTTP/1.1 server: epoll loops on their own threads (one per core by default), each with
/// its own listening socket, handing requests to the responder on the loop or on a worker pool.
///
/// Shape (a), `workers == 0`: handlers run on the loop thread that read the request. Cheapest
/// per request, but a slow handler holds up every other connection of that loop until it
/// returns, so long work belongs in the background job runner. Shape (b), `workers > 0`:
/// loops only do I/O and hand requests to a bounded pool (a full queue is answered 503 with
/// Retry-After); requests the responder `answersInline` still run on the loop.
package final class Server: Sendable {
    private struct Running: Sendable {
        var port: Int
        var mailboxes: [LoopMailbox]
        var workers: WorkerPool?
    }

    private enum State: Sendable {
        case idle
        case running(Running)
        case stopping(Running)
        case stopped
    }

    private let configuration: ServerConfiguration
    private let responder: any HTTPResponder
    private let state = Mutex<State>(.idle)
    private let stoppedLatch = Latch()
    private let loopsRunning = Atomic<Int>(0)

    /// A server that is not started yet.
    package init(configuration: ServerConfiguration = ServerConfiguration(), responder: any HTTPResponder) {
        self.configuration = configuration
        self.responder = responder
    }

    /// The bound port once started (useful with port 0), else the configured one.
    package var port: Int {
        state.withLock { state in
            switch state {
            case .running(let running), .stopping(let running): running.port
            case .idle, .stopped: configuration.port
            }
        }
    }

    /// Binds, listens and starts the loops and workers; returns once the server accepts connections.
    package func start() throws(ServerError) {
        let partialFailure = try state.withLock { (state: inout State) throws(ServerError) -> ServerError? in
            guard case .idle = state else { throw .alreadyStarted }
            let (running, failure) = try launch()
            state = .running(running)
            return failure
        }
        if let partialFailure {
            // Some loops started before a thread could not be created: stop them, then report.
            shutdown()
            throw partialFailure
        }
    }

    /// Throws when nothing was started; returns an error beside a running set of loops when
    /// only some of them could be started.
    private func launch() throws(ServerError) -> (Running, ServerError?) {
        csystem_ignore_sigpipe()
        // Many idle clients must not exhaust descriptors before maxConnections is reached.
        _ = csystem_raise_open_file_limit()
        let loopCount = max(1, configuration.eventLoops)
        let (listeners, port) = try ListeningSocket.open(
            host: configuration.host, port: configuration.port, count: loopCount, backlog: configuration.listenBacklog)
        var mailboxes: [LoopMailbox] = []
        let workers: WorkerPool?
        do throws(SystemError) {
            for _ in 0..<loopCount { mailboxes.append(try LoopMailbox()) }
            workers = configuration.workers > 0
                ? try WorkerPool(threadCount: configuration.workers, queueDepth: configuration.workerQueueDepth) : nil
        } catch {
            for fd in listeners { SystemCall.close(fd) }
            for mailbox in mailboxes { mailbox.close() }
            throw .system(error)
        }
        let counters = ServerCounters()
        let seed = UInt64.random(in: 0...UInt64.max)
        for index in 0..<loopCount {
            let listener = listeners[index]
            let mailbox = mailboxes[index]
            loopsRunning.wrappingAdd(1, ordering: .sequentiallyConsistent)
            do {
                _ = try OSThread.spawn(name: "http-loop-\(index)") { [self] in
                    runLoop(index: index, listener: listener, mailbox: mailbox, workers: workers, counters: counters, seed: seed)
                }
            } catch {
                loopsRunning.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                for fd in listeners[index...] { SystemCall.close(fd) }
                for unused in mailboxes[index...] { unused.close() }
                guard index > 0 else {
                    workers?.stop()
                    throw .system(error)
                }
                return (Running(port: port, mailboxes: Array(mailboxes[..<index]), workers: workers), .system(error))
            }
        }
        return (Running(port: port, mailboxes: mailboxes, workers: workers), nil)
    }

    private func runLoop(
        index: Int, listener: Int32, mailbox: LoopMailbox, workers: WorkerPool?, counters: ServerCounters, seed: UInt64
    ) {
        let loop: EventLoop
        do {
            loop = try EventLoop(
                index: index, configuration: configuration, responder: responder, workers: workers, mailbox: mailbox,
                counters: counters, listener: listener, requestIDSeed: seed)
        } catch {
            SystemCall.close(listener)
            SystemCall.printError("http loop \(index) could not start: \(error)")
            beginShutdown()
            loopExited()
            return
        }
        do {
            // From here the loop owns the listener and closes it itself.
            try loop.run()
        } catch {
            SystemCall.printError("http loop \(index) stopped: \(error)")
            beginShutdown()
        }
        loopExited()
    }

    private func loopExited() {
        guard loopsRunning.wrappingSubtract(1, ordering: .sequentiallyConsistent).newValue == 0 else { return }
        let finished: Running? = state.withLock { state in
            switch state {
            case .running(let running), .stopping(let running):
                state = .stopped
                return running
            case .idle, .stopped:
                return nil
            }
        }
        // Workers are joined before the mailboxes close, so no reply is posted to a closed eventfd.
        finished?.workers?.stop()
        for mailbox in finished?.mailboxes ?? [] { mailbox.close() }
        stoppedLatch.open()
    }

    /// Starts a graceful shutdown and returns at once: stop accepting, let in-flight requests
    /// finish within `shutdownGracePeriod`, close. Safe from any thread, including handlers.
    package func beginShutdown() {
        state.withLock { state in
            switch state {
            case .running(let running):
                state = .stopping(running)
                for mailbox in running.mailboxes { mailbox.post(.shutdown) }
            case .idle:
                state = .stopped
                stoppedLatch.open()
            case .stopping, .stopped:
                break
            }
        }
    }

    /// Graceful shutdown, waiting until it is complete. Never call it from a handler (it would
    /// wait for itself); use `beginShutdown` there.
    package func shutdown() {
        beginShutdown()
        waitUntilStopped()
    }

    /// Blocks until the server has stopped (after a shutdown, or at once if it never started).
    package func waitUntilStopped() {
        stoppedLatch.wait()
    }
}
