extension EventLoop {
    /// Serialises a response after whatever is already queued, and logs it.
    func respond(_ connection: Connection, _ response: Response) {
        guard var current = connection.current else { return }
        connection.current = nil
        prepareOutput(connection)
        var response = response
        var file: FileTransfer?
        let omitsBody = current.method == .HEAD
        if case .file(let path, let length) = response.body, !omitsBody {
            do {
                file = FileTransfer(fd: try SystemCall.openForReading(path), length: length)
            } catch {
                SystemCall.printError("http: cannot send \(path): \(error)")
                response = Response(status: .internalServerError, text: "Internal Server Error\n")
            }
        }
        // RFC 9110 §6.4.1: 1xx, 204 and 304 responses have no content; §8.6: no Content-Length for 1xx/204.
        let code = response.status.code
        let bodyless = code < 200 || code == 204 || code == 304
        var framing: BodyFraming
        switch response.body {
        case .stream:
            // RFC 9112 §6.1: no Transfer-Encoding to an HTTP/1.0 client; closing ends the body.
            framing = current.version.minor >= 1 ? .chunked : .untilClose
        default:
            framing = .length(response.body.knownLength ?? 0)
        }
        if bodyless { framing = .none }
        if framing == .untilClose || stopping { current.keepAlive = false }
        if !current.keepAlive { connection.closeAfterOutput = true }
        let directive: ConnectionDirective =
            connection.closeAfterOutput ? .close : (current.version.minor == 0 ? .keepAlive : .persistent)
        let written = ResponseHeadEncoder.encode(
            status: response.status, headers: response.headers, framing: framing, connection: directive,
            requestID: current.id, dateField: wallClock.dateField, into: &connection.output.staging)
        if written == .close { connection.closeAfterOutput = true }
        var bodyBytes = 0
        if !omitsBody && !bodyless {
            switch response.body {
            case .empty:
                break
            case .bytes(let bytes):
                bodyBytes = bytes.count
                if bytes.count <= Self.inlineBodyLimit {
                    connection.output.staging.append(contentsOf: bytes)
                } else {
                    connection.output.append(.bytes(bytes))
                }
            case .file:
                if let file {
                    bodyBytes = file.remaining
                    connection.output.append(.file(file))
                }
            case .stream(let stream):
                let pending = PendingLogRecord(
                    requestID: current.id, method: current.method.rawValue, path: current.path, status: code,
                    startedAt: current.startedAt)
                connection.output.append(.stream(StreamTransfer(stream: stream, chunked: framing == .chunked, pendingLog: pending)))
                connection.lifecycle.responseQueued(at: now)
                return
            }
        } else {
            file?.close()
        }
        log(current, status: code, bytes: bodyBytes)
        connection.lifecycle.responseQueued(at: now)
    }

    private func log(_ request: Connection.CurrentRequest, status: Int, bytes: Int) {
        guard accessLog.isEnabled else { return }
        accessLog.record(
            clock: wallClock, requestID: request.id, method: request.method.rawValue, path: request.path,
            status: status, bytes: bytes, durationNanoseconds: SystemCall.monotonicNanoseconds() &- request.startedAt)
    }

    func logStream(_ stream: StreamTransfer) {
        guard accessLog.isEnabled else { return }
        let record = stream.pendingLog
        accessLog.record(
            clock: wallClock, requestID: record.requestID, method: record.method, path: record.path,
            status: record.status, bytes: stream.bytesSent,
            durationNanoseconds: SystemCall.monotonicNanoseconds() &- record.startedAt)
    }
}
