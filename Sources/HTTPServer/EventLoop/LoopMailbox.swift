import Synchronization

/// The one way into a loop from other threads: messages in a locked list plus an eventfd the
/// loop watches. Only the first message of a batch writes the eventfd.
final class LoopMailbox: Sendable {
    enum Message: Sendable {
        /// A worker's answer for the connection with this token.
        case response(token: UInt64, Response)
        /// Stop accepting and finish in-flight requests.
        case shutdown
    }

    let eventFD: Int32
    private let messages = Mutex<[Message]>([])

    init() throws(SystemError) {
        eventFD = try SystemCall.makeEventFD()
    }

    func post(_ message: Message) {
        let isFirst = messages.withLock { queued in
            queued.append(message)
            return queued.count == 1
        }
        if isFirst { SystemCall.signalEventFD(eventFD) }
    }

    /// Swaps the queued messages into `batch` (which must be empty). The eventfd is reset
    /// first, so a message posted meanwhile either lands in this batch or signals again.
    func take(into batch: inout [Message]) {
        SystemCall.drainEventFD(eventFD)
        messages.withLock { queued in swap(&queued, &batch) }
    }

    func close() {
        SystemCall.close(eventFD)
    }
}
