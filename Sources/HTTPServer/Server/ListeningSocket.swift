import CSystem
import Glibc

/// The listening sockets of one server: one per loop, all bound to the same address with
/// SO_REUSEPORT so the kernel spreads incoming connections over the loops.
enum ListeningSocket {
    /// Binds `count` sockets; returns them and the port actually bound.
    static func open(host: String, port: Int, count: Int, backlog: Int) throws(ServerError) -> (fds: [Int32], port: Int) {
        let address = try SocketAddress(host: host, port: port)
        if port != 0 {
            // SO_REUSEPORT would let us share the port with another server of the same user
            // silently; a plain bind first tells us whether someone already listens there.
            try probe(address, host: host, port: port)
        }
        var fds: [Int32] = []
        var boundPort = port
        do throws(ServerError) {
            for _ in 0..<max(1, count) {
                let fd = try bind(address.with(port: boundPort), host: host, reusePort: true)
                fds.append(fd)
                if boundPort == 0 { boundPort = try localPort(fd) }
                try wrap { () throws(SystemError) in try SystemCall.listen(fd, backlog: max(backlog, 1024)) }
            }
        } catch {
            for fd in fds { SystemCall.close(fd) }
            throw error
        }
        return (fds, boundPort)
    }

    private static func probe(_ address: SocketAddress, host: String, port: Int) throws(ServerError) {
        let fd = try bind(address, host: host, reusePort: false)
        SystemCall.close(fd)
    }

    private static func bind(_ address: SocketAddress, host: String, reusePort: Bool) throws(ServerError) -> Int32 {
        let fd = try wrap { () throws(SystemError) in Int32(try SystemCall.checked("socket") { Int(csystem_socket(address.family)) }) }
        do throws(ServerError) {
            try wrap { () throws(SystemError) in try SystemCall.setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1) }
            if reusePort {
                try wrap { () throws(SystemError) in try SystemCall.setOption(fd, level: SOL_SOCKET, name: SO_REUSEPORT, value: 1) }
            }
            let bound = address.withSocketAddress { pointer, length in
                Result { () throws(SystemError) in try SystemCall.bind(fd, pointer, length) }
            }
            if case .failure(let error) = bound {
                if error.code == EADDRINUSE { throw .addressInUse(host: host, port: address.port) }
                throw .system(error)
            }
        } catch {
            SystemCall.close(fd)
            throw error
        }
        return fd
    }

    private static func localPort(_ fd: Int32) throws(ServerError) -> Int {
        var storage = try wrap { () throws(SystemError) in try SystemCall.localAddress(fd) }
        let family = Int32(storage.ss_family)
        return withUnsafePointer(to: &storage) { pointer in
            if family == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }

    private static func wrap<T>(_ body: () throws(SystemError) -> T) throws(ServerError) -> T {
        do {
            return try body()
        } catch {
            throw .system(error)
        }
    }
}

/// An IPv4 or IPv6 socket address parsed from a host literal.
struct SocketAddress {
    private enum Storage {
        case v4(sockaddr_in)
        case v6(sockaddr_in6)
    }

    private var storage: Storage
    let port: Int

    init(host: String, port: Int) throws(ServerError) {
        guard (0...65535).contains(port) else { throw .invalidHost("\(host):\(port)") }
        self.port = port
        let literal = host == "localhost" ? "127.0.0.1" : (host.isEmpty || host == "*" ? "0.0.0.0" : host)
        var v4 = sockaddr_in()
        if inet_pton(AF_INET, literal, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = UInt16(port).bigEndian
            storage = .v4(v4)
            return
        }
        var v6 = sockaddr_in6()
        let trimmed = literal.hasPrefix("[") && literal.hasSuffix("]") ? String(literal.dropFirst().dropLast()) : literal
        if inet_pton(AF_INET6, trimmed, &v6.sin6_addr) == 1 {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = UInt16(port).bigEndian
            storage = .v6(v6)
            return
        }
        throw .invalidHost(host)
    }

    private init(storage: Storage, port: Int) {
        self.storage = storage
        self.port = port
    }

    var family: Int32 {
        switch storage {
        case .v4: AF_INET
        case .v6: AF_INET6
        }
    }

    func with(port: Int) -> SocketAddress {
        switch storage {
        case .v4(var address):
            address.sin_port = UInt16(port).bigEndian
            return SocketAddress(storage: .v4(address), port: port)
        case .v6(var address):
            address.sin6_port = UInt16(port).bigEndian
            return SocketAddress(storage: .v6(address), port: port)
        }
    }

    func withSocketAddress<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        switch storage {
        case .v4(var address):
            return withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        case .v6(var address):
            return withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
    }
}
