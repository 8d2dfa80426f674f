import CSystem
import Glibc

/// `EventQueue` on Linux epoll, level-triggered.
final class EpollEventQueue: EventQueue {
    private let epollFD: Int32
    private let capacity: Int
    private let buffer: UnsafeMutablePointer<epoll_event>

    init(capacity: Int = 512) throws(SystemError) {
        epollFD = Int32(try SystemCall.checked("epoll_create1") { Int(epoll_create1(Int32(EPOLL_CLOEXEC))) })
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    private func control(_ operation: Int32, _ fd: Int32, token: UInt64, interest: EventInterest) throws(SystemError) {
        var event = epoll_event()
        event.events = Self.flags(for: interest)
        event.data.u64 = token
        _ = try SystemCall.checked("epoll_ctl") { Int(epoll_ctl(epollFD, operation, fd, &event)) }
    }

    func add(_ fd: Int32, token: UInt64, interest: EventInterest) throws(SystemError) {
        try control(EPOLL_CTL_ADD, fd, token: token, interest: interest)
    }

    func modify(_ fd: Int32, token: UInt64, interest: EventInterest) throws(SystemError) {
        try control(EPOLL_CTL_MOD, fd, token: token, interest: interest)
    }

    func remove(_ fd: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, &event)
    }

    func wait(timeoutMilliseconds: Int32, into events: inout [ReadyEvent]) throws(SystemError) {
        events.removeAll(keepingCapacity: true)
        let count = try SystemCall.retrying("epoll_wait") {
            Int(epoll_wait(epollFD, buffer, Int32(capacity), timeoutMilliseconds))
        }
        guard case .done(let ready) = count else { return }
        let failure = EPOLLERR.rawValue | EPOLLHUP.rawValue
        for index in 0..<ready {
            let event = buffer[index]
            events.append(
                ReadyEvent(
                    token: event.data.u64,
                    readable: event.events & EPOLLIN.rawValue != 0,
                    writable: event.events & EPOLLOUT.rawValue != 0,
                    failed: event.events & failure != 0))
        }
    }

    func close() {
        SystemCall.close(epollFD)
    }

    private static func flags(for interest: EventInterest) -> UInt32 {
        var flags: UInt32 = 0
        if interest.contains(.readable) { flags |= EPOLLIN.rawValue | EPOLLRDHUP.rawValue }
        if interest.contains(.writable) { flags |= EPOLLOUT.rawValue }
        return flags
    }
}
