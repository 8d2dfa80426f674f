import CSystem
import Glibc

extension EventLoop {
    /// Accepts every pending connection (level-triggered: a burst is taken in one wake-up).
    func acceptConnections() {
        while listener >= 0 {
            let accepted: IOResult<(Int32, sockaddr_storage)>
            do {
                accepted = try SystemCall.accept(listener)
            } catch {
                switch error.code {
                case ECONNABORTED, EPROTO, EPERM:
                    continue
                default:
                    // Out of descriptors or memory: stop listening for a moment instead of spinning.
                    pauseAccepting()
                    return
                }
            }
            guard case .done(let (fd, address)) = accepted else { return }
            admit(fd, address: address)
        }
    }

    private func admit(_ fd: Int32, address: sockaddr_storage) {
        let open = counters.openConnections.wrappingAdd(1, ordering: .relaxed).newValue
        guard open <= configuration.maxConnections, !stopping else {
            counters.openConnections.wrappingSubtract(1, ordering: .relaxed)
            refuseOverCapacity(fd, address: address)
            return
        }
        // Responses go out whole; Nagle's delay would only hold back the last segment.
        try? SystemCall.setOption(fd, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        _ = register(fd, address: address, counted: true)
    }

    /// Over `maxConnections`: a short 503 and close, rather than leaving the client hanging.
    private func refuseOverCapacity(_ fd: Int32, address: sockaddr_storage) {
        guard uncountedConnections < Self.maxLingeringRejections,
            let connection = register(fd, address: address, counted: false)
        else {
            SystemCall.close(fd)
            return
        }
        connection.current = Connection.CurrentRequest(
            id: requestIDs.next(), method: HTTPMethod(rawValue: "-"), path: "-", version: .http1_1,
            keepAlive: false, startedAt: now)
        connection.closeAfterOutput = true
        connection.lingerBeforeClose = true
        var response = Response(status: .serviceUnavailable, text: "Service Unavailable\n")
        response.headers.add("Retry-After", "1")
        respond(connection, response)
        flush(connection)
        settle(connection)
    }

    private func register(_ fd: Int32, address: sockaddr_storage, counted: Bool) -> Connection? {
        generation &+= 1
        let token = UInt64(generation) << 32 | UInt64(UInt32(bitPattern: fd))
        var parser = RequestParser(limits: configuration.limits)
        parser.bodyLimit = configuration.limits.defaultMaxBodySize
        let connection = Connection(
            fd: fd, token: token, remoteAddress: Self.describe(address), counted: counted, parser: parser,
            lifecycle: ConnectionLifecycle(timeouts: timeouts, openedAt: now))
        do {
            try queue.add(fd, token: token, interest: .readable)
        } catch {
            if counted { counters.openConnections.wrappingSubtract(1, ordering: .relaxed) }
            SystemCall.close(fd)
            return nil
        }
        let slot = Int(fd)
        if slot >= connectionsByFD.count {
            connectionsByFD.append(contentsOf: repeatElement(nil, count: max(slot + 1 - connectionsByFD.count, 1024)))
        }
        connectionsByFD[slot] = connection
        connection.slot = openConnections.count
        openConnections.append(connection)
        if !counted { uncountedConnections += 1 }
        return connection
    }

    func pauseAccepting() {
        guard listener >= 0, acceptPausedUntil == nil else { return }
        queue.remove(listener)
        acceptPausedUntil = now &+ 100_000_000
    }

    func resumeAcceptingIfDue() {
        guard let until = acceptPausedUntil, now >= until else { return }
        acceptPausedUntil = nil
        guard listener >= 0 else { return }
        try? queue.add(listener, token: Self.listenerToken, interest: .readable)
    }

    /// Closes the socket and forgets the connection; a late worker reply finds nothing.
    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        // Closing the only descriptor also removes it from epoll.
        SystemCall.close(connection.fd)
        connectionsByFD[Int(connection.fd)] = nil
        let last = openConnections.removeLast()
        if last !== connection {
            openConnections[connection.slot] = last
            last.slot = connection.slot
        }
        for stream in connection.output.discard() {
            logStream(stream)
        }
        if connection.counted {
            counters.openConnections.wrappingSubtract(1, ordering: .relaxed)
        } else {
            uncountedConnections -= 1
        }
    }

    /// The peer's address as text (`127.0.0.1`, `::1`).
    static func describe(_ address: sockaddr_storage) -> String {
        var address = address
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let family = Int32(address.ss_family)
        let result: UnsafePointer<CChar>? = withUnsafePointer(to: &address) { pointer in
            switch family {
            case AF_INET:
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                    var raw = ipv4.pointee.sin_addr
                    return inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
                }
            case AF_INET6:
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                    var raw = ipv6.pointee.sin6_addr
                    return inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count))
                }
            default:
                nil
            }
        }
        guard result != nil else { return "-" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
