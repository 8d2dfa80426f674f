import Glibc

extension EventLoop {
    /// Lends the loop's spare buffer to a connection about to produce output.
    func prepareOutput(_ connection: Connection) {
        if connection.output.staging.capacity == 0 && spareOutput.capacity > 0 {
            swap(&connection.output.staging, &spareOutput)
        }
    }

    /// The socket can take more: write what waits, then take the requests that waited for it.
    func connectionWritable(_ connection: Connection) {
        flush(connection)
        guard !connection.isClosed else { return }
        if !connection.input.isEmpty {
            processBufferedInput(connection)
            flush(connection)
        }
        settle(connection)
    }

    /// Writes queued output until it is all gone, the socket is full, or this connection has
    /// had its share of the loop (1 MiB per call; the loop comes back when epoll says so).
    func flush(_ connection: Connection) {
        guard !connection.isClosed, !connection.output.isEmpty else { return }
        var written = 0
        var pulls = 0
        writing: while !connection.output.isEmpty && written < 1024 * 1024 {
            let result: IOResult<Int>
            do throws(SystemError) {
                if let first = connection.output.parts.first {
                    switch first {
                    case .bytes:
                        result = try writeLeadingBytes(connection)
                    case .file(let file):
                        if file.remaining == 0 {
                            file.close()
                            connection.output.parts.removeFirst()
                            continue writing
                        }
                        result = try SystemCall.sendfile(
                            connection.fd, file.fd, offset: &file.offset, count: min(file.remaining, 1024 * 1024))
                        if case .done(let count) = result {
                            // The file is shorter than the length promised in the header: the
                            // framing is broken, so the connection must go.
                            guard count > 0 else { throw SystemError(operation: "sendfile", code: EIO) }
                            file.remaining -= count
                        }
                    case .stream(let stream):
                        // A stream handing out empty pieces must not hold the loop; epoll brings us back.
                        pulls += 1
                        if pulls > 64 { break writing }
                        try pullStream(connection, stream)
                        continue writing
                    }
                } else {
                    result = try writeLeadingBytes(connection)
                }
            } catch {
                close(connection)
                return
            }
            switch result {
            case .done(let count):
                written += count
                // sendfile advanced its own transfer; byte writes are dropped from the queue here.
                if case .file? = connection.output.parts.first {} else { connection.output.consume(count) }
            case .wouldBlock:
                break writing
            }
        }
        if connection.output.isEmpty {
            connection.lifecycle.outputDrained(at: now)
            returnSpareOutput(connection)
        } else {
            connection.lifecycle.outputBlocked(at: now)
            if written > 0 { connection.lifecycle.outputProgressed(at: now) }
        }
    }

    private func writeLeadingBytes(_ connection: Connection) throws(SystemError) -> IOResult<Int> {
        let fd = connection.fd
        let outcome: Result<IOResult<Int>, SystemError> = connection.output.withLeadingBytes(
            vectors, capacity: Self.vectorCapacity
        ) { count in
            if count == 1 {
                let vector = vectors[0]
                return Result { () throws(SystemError) in
                    try SystemCall.write(fd, UnsafeRawBufferPointer(start: vector.iov_base, count: vector.iov_len))
                }
            }
            return Result { () throws(SystemError) in
                try SystemCall.writev(fd, UnsafeBufferPointer(start: vectors, count: count))
            }
        }
        return try outcome.get()
    }

    /// Asks a stream for its next piece and queues it (chunk-framed) in front of the stream.
    private func pullStream(_ connection: Connection, _ stream: StreamTransfer) throws(SystemError) {
        let piece: [UInt8]?
        do {
            piece = try stream.stream.next()
        } catch {
            // A failed stream cannot be reported inside a started body; closing tells the client.
            throw SystemError(operation: "stream", code: EIO)
        }
        guard let piece else {
            connection.output.parts.removeFirst()
            if stream.chunked {
                // RFC 9112 §7.1: last-chunk and an empty trailer section.
                connection.output.parts.insert(.bytes(Array("0\r\n\r\n".utf8)), at: 0)
            }
            logStream(stream)
            if !stream.chunked { connection.closeAfterOutput = true }
            return
        }
        guard !piece.isEmpty else { return }
        stream.bytesSent += piece.count
        guard stream.chunked else {
            connection.output.parts.insert(.bytes(piece), at: 0)
            return
        }
        var sizeLine: [UInt8] = []
        sizeLine.reserveCapacity(18)
        sizeLine.append(contentsOf: String(piece.count, radix: 16).utf8)
        sizeLine.append(contentsOf: "\r\n".utf8)
        connection.output.parts.insert(contentsOf: [.bytes(sizeLine), .bytes(piece), .bytes(Array("\r\n".utf8))], at: 0)
    }

    private func returnSpareOutput(_ connection: Connection) {
        guard spareOutput.capacity == 0, connection.output.staging.capacity > 0 else { return }
        if connection.output.staging.capacity <= 1024 * 1024 {
            swap(&connection.output.staging, &spareOutput)
        } else {
            connection.output.staging = []
        }
    }

    /// Decides what a connection waits for next: closing it, lingering, or an epoll interest.
    func settle(_ connection: Connection) {
        guard !connection.isClosed, !connection.lingering else { return }
        if connection.output.isEmpty && !connection.awaitingWorker {
            let idleWhileStopping = stopping && connection.parser.isAtMessageBoundary && connection.input.isEmpty
            if connection.closeAfterOutput || connection.readClosed || idleWhileStopping {
                if connection.lingerBeforeClose && !connection.readClosed {
                    startLingering(connection)
                } else {
                    close(connection)
                }
                return
            }
        }
        var interest: EventInterest = []
        if !connection.output.isEmpty { interest.insert(.writable) }
        if !connection.readClosed && !connection.closeAfterOutput && connection.input.count < Self.maxBufferedInput {
            interest.insert(.readable)
        }
        updateInterest(connection, interest)
    }

    func updateInterest(_ connection: Connection, _ interest: EventInterest) {
        guard interest != connection.registered else { return }
        do {
            try queue.modify(connection.fd, token: connection.token, interest: interest)
            connection.registered = interest
        } catch {
            close(connection)
        }
    }

    /// Half-closes and drains: the peer reads our answer and end-of-file instead of a reset
    /// caused by unread request bytes.
    private func startLingering(_ connection: Connection) {
        SystemCall.shutdownWrite(connection.fd)
        connection.lingering = true
        connection.lingerDeadline = now &+ configuration.lingerTimeout.nanoseconds
        connection.lingerBudget = 1024 * 1024
        connection.input = []
        updateInterest(connection, .readable)
    }
}
