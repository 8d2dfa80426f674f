import Testing

@testable import HTTPServer

@Suite("epoll event queue")
struct EpollEventQueueTests {
    @Test func reportsReadinessWithTheRegisteredToken() throws {
        let queue = try EpollEventQueue(capacity: 8)
        defer { queue.close() }
        let fd = try SystemCall.makeEventFD()
        defer { SystemCall.close(fd) }
        try queue.add(fd, token: 0xABCD_0000_0007, interest: .readable)
        var events: [ReadyEvent] = []
        try queue.wait(timeoutMilliseconds: 0, into: &events)
        #expect(events.isEmpty)

        SystemCall.signalEventFD(fd)
        try queue.wait(timeoutMilliseconds: 100, into: &events)
        #expect(events == [ReadyEvent(token: 0xABCD_0000_0007, readable: true, writable: false, failed: false)])

        // Level-triggered: still reported until drained.
        try queue.wait(timeoutMilliseconds: 0, into: &events)
        #expect(events.count == 1)
        SystemCall.drainEventFD(fd)
        try queue.wait(timeoutMilliseconds: 0, into: &events)
        #expect(events.isEmpty)

        try queue.modify(fd, token: 9, interest: .writable)
        try queue.wait(timeoutMilliseconds: 100, into: &events)
        #expect(events == [ReadyEvent(token: 9, readable: false, writable: true, failed: false)])
        queue.remove(fd)
        try queue.wait(timeoutMilliseconds: 0, into: &events)
        #expect(events.isEmpty)
    }

    @Test func systemErrorsCarryTheOperationAndErrno() throws {
        let queue = try EpollEventQueue(capacity: 8)
        defer { queue.close() }
        #expect(throws: SystemError.self) { try queue.add(-1, token: 1, interest: .readable) }
        do {
            try queue.modify(-1, token: 1, interest: .readable)
        } catch {
            #expect(error.operation == "epoll_ctl")
            #expect(error.description.contains("errno"))
        }
    }
}
