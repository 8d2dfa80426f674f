/// What a registered descriptor should be woken for.
struct EventInterest: OptionSet, Equatable {
    let rawValue: UInt8
    static let readable = EventInterest(rawValue: 1)
    static let writable = EventInterest(rawValue: 2)
}

/// One readiness report: the token given at registration and what the descriptor can do.
struct ReadyEvent: Equatable {
    var token: UInt64
    var readable: Bool
    var writable: Bool
    /// Error or hang-up: the next read or write reports what happened.
    var failed: Bool
}

/// The operating system's readiness notification, behind one small interface (epoll on
/// Linux; a test double can script events). Level-triggered: a ready descriptor is reported
/// again on every wait until it is drained or its interest changes.
protocol EventQueue: AnyObject {
    func add(_ fd: Int32, token: UInt64, interest: EventInterest) throws(SystemError)
    func modify(_ fd: Int32, token: UInt64, interest: EventInterest) throws(SystemError)
    func remove(_ fd: Int32)
    /// Waits up to `timeoutMilliseconds` (-1 for ever) and replaces `events` with what is ready.
    func wait(timeoutMilliseconds: Int32, into events: inout [ReadyEvent]) throws(SystemError)
    func close()
}
