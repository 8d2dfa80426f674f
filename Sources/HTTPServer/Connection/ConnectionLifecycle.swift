/// The timeouts of one connection as a plain state machine. It is told what happened and
/// when (`now` in monotonic nanoseconds, so tests drive it with made-up instants), and answers
/// when the connection must be cut and why. It never touches a socket.
package struct ConnectionLifecycle: Sendable, Equatable {
    /// The limits, in nanoseconds.
    package struct Timeouts: Sendable, Equatable {
        /// From the first byte of a request to the end of its header section (slowloris guard).
        package var header: UInt64
        /// Between requests on a persistent connection.
        package var idle: UInt64
        /// Without progress while a body is being received.
        package var body: UInt64
        /// Without progress while a response waits for the socket (stalled reader).
        package var write: UInt64

        /// The four limits, in nanoseconds.
        package init(header: UInt64, idle: UInt64, body: UInt64, write: UInt64) {
            self.header = header
            self.idle = idle
            self.body = body
            self.write = write
        }
    }

    /// Where the connection is between requests.
    package enum Phase: Sendable, Equatable {
        /// Waiting for the first byte of the next request.
        case idle
        case readingHead
        case readingBody
        /// The request is complete; its handler is running.
        case awaitingResponse
    }

    /// Why a connection is cut.
    package enum Expiry: Sendable, Equatable {
        /// Idle keep-alive connection: closed without a word.
        case idle
        /// The header section did not arrive in time: 408, then close.
        case header
        /// The body stopped arriving: 408, then close.
        case body
        /// The peer stopped reading our response: dropped.
        case write
    }

    /// The limits this connection runs under.
    package let timeouts: Timeouts
    /// Where the connection is now.
    package private(set) var phase: Phase = .idle
    private var phaseDeadline: UInt64?
    private var writeDeadline: UInt64?

    /// A fresh connection: idle, the idle timeout running from `now`.
    package init(timeouts: Timeouts, openedAt now: UInt64) {
        self.timeouts = timeouts
        phaseDeadline = now &+ timeouts.idle
    }

    /// A byte of a new request arrived: the header timeout starts and is not extended by
    /// later bytes, so a client trickling its header is cut off.
    package mutating func requestStarted(at now: UInt64) {
        guard phase == .idle else { return }
        phase = .readingHead
        phaseDeadline = now &+ timeouts.header
    }

    /// The header section is complete; the body timeout starts if a body follows.
    package mutating func headReceived(at now: UInt64, expectsBody: Bool) {
        phase = expectsBody ? .readingBody : .awaitingResponse
        phaseDeadline = expectsBody ? now &+ timeouts.body : nil
    }

    /// Body bytes arrived: the body timeout starts over.
    package mutating func bodyProgressed(at now: UInt64) {
        guard phase == .readingBody else { return }
        phaseDeadline = now &+ timeouts.body
    }

    /// The whole request is in; no timeout while the handler runs.
    package mutating func requestCompleted() {
        phase = .awaitingResponse
        phaseDeadline = nil
    }

    /// The response was handed to the writer; the connection waits for the next request.
    package mutating func responseQueued(at now: UInt64) {
        phase = .idle
        phaseDeadline = now &+ timeouts.idle
    }

    /// A write could not finish; the write timeout starts unless it is already running.
    package mutating func outputBlocked(at now: UInt64) {
        if writeDeadline == nil { writeDeadline = now &+ timeouts.write }
    }

    /// Some bytes of a blocked response went out: the peer is reading, the clock restarts.
    package mutating func outputProgressed(at now: UInt64) {
        if writeDeadline != nil { writeDeadline = now &+ timeouts.write }
    }

    /// Everything queued was written.
    package mutating func outputDrained(at now: UInt64) {
        writeDeadline = nil
        // The idle period starts when the last response has left, not when it was queued.
        if phase == .idle { phaseDeadline = now &+ timeouts.idle }
    }

    /// The instant the connection next needs attention, if any.
    package var deadline: UInt64? {
        switch (activePhaseDeadline, writeDeadline) {
        case (let a?, let b?): min(a, b)
        case (let a?, nil): a
        case (nil, let b?): b
        case (nil, nil): nil
        }
    }

    /// While a response is still being written the connection is not idle.
    private var activePhaseDeadline: UInt64? {
        (phase == .idle && writeDeadline != nil) ? nil : phaseDeadline
    }

    /// What expired at `now`, if anything. A stalled writer wins over the read-side timeouts.
    package func expiry(at now: UInt64) -> Expiry? {
        if let writeDeadline, now >= writeDeadline { return .write }
        guard let phaseDeadline = activePhaseDeadline, now >= phaseDeadline else { return nil }
        switch phase {
        case .idle: return .idle
        case .readingHead: return .header
        case .readingBody: return .body
        case .awaitingResponse: return nil
        }
    }
}
