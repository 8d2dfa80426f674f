import CSystem
import Glibc

/// Every system call the server makes, wrapped once: errno is captured immediately, EINTR is
/// retried and EAGAIN becomes `.wouldBlock` here and nowhere else.
enum SystemCall {
    @inline(__always)
    static func retrying(_ operation: StaticString, _ call: () -> Int) throws(SystemError) -> IOResult<Int> {
        while true {
            let result = call()
            if result >= 0 { return .done(result) }
            let code = csystem_errno()
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw SystemError(operation: "\(operation)", code: code)
        }
    }

    /// For calls that never return EAGAIN (setup calls on blocking descriptors or option calls).
    @inline(__always)
    static func checked(_ operation: StaticString, _ call: () -> Int) throws(SystemError) -> Int {
        switch try retrying(operation, call) {
        case .done(let value): return value
        case .wouldBlock: throw SystemError(operation: "\(operation)", code: EAGAIN)
        }
    }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try retrying("read") { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    static func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try retrying("write") { Glibc.write(fd, buffer.baseAddress, buffer.count) }
    }

    static func writev(_ fd: Int32, _ vectors: UnsafeBufferPointer<iovec>) throws(SystemError) -> IOResult<Int> {
        try retrying("writev") { Glibc.writev(fd, vectors.baseAddress, Int32(vectors.count)) }
    }

    static func sendfile(_ socket: Int32, _ file: Int32, offset: inout Int, count: Int) throws(SystemError) -> IOResult<Int> {
        var position = off_t(offset)
        let result = try retrying("sendfile") { Glibc.sendfile(socket, file, &position, count) }
        offset = Int(position)
        return result
    }

    /// Writes all of `bytes` to a blocking descriptor (standard error); gives up on an error.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let result = try? retrying("write") { Glibc.write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset) }
            guard case .done(let count)? = result, count > 0 else { return }
            offset += count
        }
    }

    /// Writes a line of text to standard error.
    static func printError(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { writeAll(2, UnsafeRawBufferPointer($0)) }
    }

    /// Opens a file for reading (close-on-exec).
    static func openForReading(_ path: String) throws(SystemError) -> Int32 {
        Int32(try checked("open") { Int(Glibc.open(path, O_RDONLY | O_CLOEXEC)) })
    }

    static func bind(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) throws(SystemError) {
        _ = try checked("bind") { Int(Glibc.bind(fd, address, length)) }
    }

    static func listen(_ fd: Int32, backlog: Int) throws(SystemError) {
        _ = try checked("listen") { Int(Glibc.listen(fd, Int32(clamping: backlog))) }
    }

    /// The local address a socket is bound to.
    static func localAddress(_ fd: Int32) throws(SystemError) -> sockaddr_storage {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try withUnsafeMutablePointer(to: &storage) { pointer throws(SystemError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address throws(SystemError) in
                try checked("getsockname") { Int(getsockname(fd, address, &length)) }
            }
        }
        return storage
    }

    /// Accepts one pending connection, non-blocking and close-on-exec.
    static func accept(_ listener: Int32) throws(SystemError) -> IOResult<(Int32, sockaddr_storage)> {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = try withUnsafeMutablePointer(to: &address) { pointer throws(SystemError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress throws(SystemError) in
                try retrying("accept4") { Int(csystem_accept(listener, socketAddress, &length)) }
            }
        }
        switch result {
        case .done(let fd): return .done((Int32(fd), address))
        case .wouldBlock: return .wouldBlock
        }
    }

    /// Closes a descriptor. Never retried: on Linux the descriptor is released even when close
    /// reports EINTR, and retrying could close a descriptor another thread just opened.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// Makes the next close reset the connection at once instead of delivering what is still
    /// queued, so a peer that stopped reading does not keep kernel memory busy.
    static func discardUnsentOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Half-closes the sending side so the peer sees end-of-file while we keep reading.
    static func shutdownWrite(_ fd: Int32) {
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws(SystemError) {
        var value = value
        _ = try checked("setsockopt") {
            Int(setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)))
        }
    }

    static func makeEventFD() throws(SystemError) -> Int32 {
        Int32(try checked("eventfd") { Int(eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))) })
    }

    /// Adds one to an eventfd counter, waking whoever waits on it.
    static func signalEventFD(_ fd: Int32) {
        var one: UInt64 = 1
        _ = try? retrying("write(eventfd)") { Glibc.write(fd, &one, 8) }
    }

    /// Resets an eventfd counter to zero.
    static func drainEventFD(_ fd: Int32) {
        var value: UInt64 = 0
        _ = try? retrying("read(eventfd)") { Glibc.read(fd, &value, 8) }
    }

    static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    static func wallClockSeconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        return Int(time.tv_sec)
    }
}
