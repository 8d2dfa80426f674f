import CSystem
import Glibc

/// A blocking HTTP/1.1 client on a raw loopback socket, for tests that need to control the
/// exact bytes sent (pipelining, malformed requests, slow clients) and see the exact answer.
package final class RawHTTPClient {
    /// One parsed response.
    package struct Response: Sendable {
        /// The status code.
        package var status: Int
        /// The reason phrase.
        package var reason: String
        /// Header fields in order, names as sent.
        package var headers: [(name: String, value: String)]
        /// The body, with chunked coding removed.
        package var body: [UInt8]
        /// The bytes exactly as received (head and body).
        package var raw: [UInt8]

        /// The first value of a header field (case-insensitive name).
        package func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// Every value of a header field.
        package func headerValues(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }

        /// The body as UTF-8 text.
        package var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why a client call failed.
    package enum ClientError: Error, Equatable {
        case connectFailed(Int32)
        case sendFailed(Int32)
        case receiveFailed(Int32)
        case timedOut
        /// The peer closed before a complete response arrived.
        case closed
        case malformedResponse(String)
    }

    /// The socket (tests may set options on it).
    package let fd: Int32
    /// Bytes received but not yet returned (the start of a pipelined next response).
    private var buffered: [UInt8] = []
    private var isClosed = false
    /// How long each read waits before `ClientError.timedOut`.
    package var timeout: Duration

    /// Connects to `host:port` (blocking connect on loopback).
    package init(port: Int, host: String = "127.0.0.1", timeout: Duration = .seconds(5)) throws {
        self.timeout = timeout
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ClientError.connectFailed(csystem_errno()) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if result != 0 {
            let code = csystem_errno()
            Glibc.close(fd)
            throw ClientError.connectFailed(code)
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit {
        close()
    }

    /// Closes the socket (also done on deinit).
    package func close() {
        guard !isClosed else { return }
        isClosed = true
        Glibc.close(fd)
    }

    /// Stops sending; the server sees end-of-file.
    package func shutdownWrite() {
        Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// Sends the UTF-8 bytes of `text`.
    package func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Sends all of `bytes`.
    package func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 {
                let code = csystem_errno()
                if code == EINTR { continue }
                throw ClientError.sendFailed(code)
            }
            offset += sent
        }
    }

    /// Sends `text` and reads one response (skipping `100 Continue` unless asked not to).
    package func request(_ text: String, isHead: Bool = false) throws -> Response {
        try send(text)
        return try readResponse(isHead: isHead)
    }

    /// Reads the next response. `isHead`: the request was HEAD, so no body follows the head.
    /// Interim 1xx responses are returned too unless `skipInterim` is set.
    package func readResponse(isHead: Bool = false, skipInterim: Bool = true) throws -> Response {
        let deadline = ContinuousClock.now + timeout
        while true {
            let response = try readOneResponse(isHead: isHead, deadline: deadline)
            if skipInterim && response.status >= 100 && response.status < 200 { continue }
            return response
        }
    }

    /// Reads everything until the server closes the connection (or the timeout).
    package func readUntilClose() throws -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        while try receive(deadline: deadline) {}
        defer { buffered = [] }
        return buffered
    }

    /// Whether the server closes the connection (end-of-file or reset) within the timeout,
    /// ignoring any bytes that arrive first.
    package func waitForClose(within wait: Duration) -> Bool {
        let deadline = ContinuousClock.now + wait
        do {
            while try receive(deadline: deadline) {}
            return true
        } catch ClientError.timedOut {
            return false
        } catch {
            return true
        }
    }

    private func readOneResponse(isHead: Bool, deadline: ContinuousClock.Instant) throws -> Response {
        var headEnd = findHeadEnd()
        while headEnd == nil {
            guard try receive(deadline: deadline) else { throw ClientError.closed }
            headEnd = findHeadEnd()
        }
        guard let headEnd else { throw ClientError.closed }
        let headText = String(decoding: buffered[..<headEnd], as: UTF8.self)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.removeFirst()
        let statusParts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            throw ClientError.malformedResponse(statusLine)
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw ClientError.malformedResponse(line) }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingSpaces))
        }
        var response = Response(
            status: status, reason: statusParts.count > 2 ? String(statusParts[2]) : "", headers: headers, body: [],
            raw: [])
        var consumed = headEnd + 4
        if isHead || status < 200 || status == 204 || status == 304 {
            // no body
        } else if response.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            consumed = try readChunked(from: consumed, into: &response.body, deadline: deadline)
        } else if let lengthText = response.header("Content-Length") {
            guard let length = Int(lengthText) else { throw ClientError.malformedResponse("Content-Length \(lengthText)") }
            while buffered.count < consumed + length {
                guard try receive(deadline: deadline) else { throw ClientError.closed }
            }
            response.body = Array(buffered[consumed..<(consumed + length)])
            consumed += length
        } else {
            while try receive(deadline: deadline) {}
            response.body = Array(buffered[consumed...])
            consumed = buffered.count
        }
        response.raw = Array(buffered[..<consumed])
        buffered.removeFirst(consumed)
        return response
    }

    private func readChunked(from start: Int, into body: inout [UInt8], deadline: ContinuousClock.Instant) throws -> Int {
        var position = start
        while true {
            let lineEnd = try waitForLine(from: position, deadline: deadline)
            let sizeText = String(decoding: buffered[position..<lineEnd], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";").first.map(String.init) ?? "", radix: 16) else {
                throw ClientError.malformedResponse("chunk size \(sizeText)")
            }
            position = lineEnd + 2
            if size == 0 {
                // trailer section, ending with an empty line
                while true {
                    let end = try waitForLine(from: position, deadline: deadline)
                    let empty = end == position
                    position = end + 2
                    if empty { return position }
                }
            }
            while buffered.count < position + size + 2 {
                guard try receive(deadline: deadline) else { throw ClientError.closed }
            }
            body.append(contentsOf: buffered[position..<(position + size)])
            position += size + 2
        }
    }

    private func waitForLine(from position: Int, deadline: ContinuousClock.Instant) throws -> Int {
        while true {
            if buffered.count >= position + 2 {
                for index in position..<(buffered.count - 1) where buffered[index] == 13 && buffered[index + 1] == 10 {
                    return index
                }
            }
            guard try receive(deadline: deadline) else { throw ClientError.closed }
        }
    }

    private func findHeadEnd() -> Int? {
        guard buffered.count >= 4 else { return nil }
        for index in 0...(buffered.count - 4)
        where buffered[index] == 13 && buffered[index + 1] == 10 && buffered[index + 2] == 13 && buffered[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Receives more bytes into `buffered`; false at end-of-file.
    private func receive(deadline: ContinuousClock.Instant) throws -> Bool {
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw ClientError.timedOut }
            let (seconds, attoseconds) = remaining.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 {
                if csystem_errno() == EINTR { continue }
                throw ClientError.receiveFailed(csystem_errno())
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                let code = csystem_errno()
                if code == EINTR || code == EAGAIN { continue }
                if code == ECONNRESET { return false }
                throw ClientError.receiveFailed(code)
            }
            if count == 0 { return false }
            buffered.append(contentsOf: chunk[..<count])
            return true
        }
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
