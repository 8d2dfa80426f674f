extension EventLoop {
    /// Reads once (level-triggered: more input is reported again) and acts on what arrived.
    func connectionReadable(_ connection: Connection) {
        if connection.lingering {
            discardInput(connection)
            return
        }
        guard connection.registered.contains(.readable) else { return }
        let result: IOResult<Int>
        do {
            result = try SystemCall.read(connection.fd, into: readBuffer)
        } catch {
            close(connection)
            return
        }
        guard case .done(let count) = result else { return }
        if count == 0 {
            connection.readClosed = true
            settle(connection)
            return
        }
        let received = UnsafeRawBufferPointer(rebasing: readBuffer[0..<count])
        if connection.input.isEmpty && canTakeRequests(connection) {
            // The common case: parse straight from the loop's buffer, keep only leftovers.
            let consumed = process(connection, received)
            if consumed < count && !connection.closeAfterOutput {
                connection.input.append(contentsOf: received[consumed...])
            }
        } else if !connection.closeAfterOutput {
            connection.input.append(contentsOf: received)
            processBufferedInput(connection)
        }
        flush(connection)
        settle(connection)
    }

    /// Whether the next pipelined request may be parsed now.
    func canTakeRequests(_ connection: Connection) -> Bool {
        !connection.awaitingWorker && !connection.closeAfterOutput && !connection.isClosed
            && connection.output.pendingByteCount < Self.outputHighWater
    }

    /// Parses what waited in the connection's input buffer.
    func processBufferedInput(_ connection: Connection) {
        guard !connection.input.isEmpty, canTakeRequests(connection) else { return }
        var buffered = connection.input
        connection.input = []
        let consumed = buffered.withUnsafeBytes { process(connection, $0) }
        if connection.closeAfterOutput || consumed == buffered.count {
            buffered.removeAll(keepingCapacity: buffered.capacity <= 64 * 1024)
        } else {
            buffered.removeFirst(consumed)
        }
        connection.input = buffered
    }

    /// Feeds bytes to the parser and acts on each event; returns how many bytes were used. Stops
    /// early when a request waits for a worker, the connection is closing, or output backs up.
    func process(_ connection: Connection, _ input: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        while canTakeRequests(connection) {
            let wasAtBoundary = connection.parser.isAtMessageBoundary
            let (consumed, event) = connection.parser.feed(UnsafeRawBufferPointer(rebasing: input[offset...]))
            offset += consumed
            if consumed > 0 {
                if wasAtBoundary {
                    connection.lifecycle.requestStarted(at: now)
                } else {
                    connection.lifecycle.bodyProgressed(at: now)
                }
            }
            switch event {
            case .needMoreData:
                return offset
            case .head(let head, let framing):
                receiveHead(connection, head, framing)
            case .message(let body):
                receiveMessage(connection, body: body)
            case .failure(let error):
                refuse(connection, error)
            }
        }
        return offset
    }

    /// The header section is complete: the body limit is decided now, before any body byte.
    private func receiveHead(_ connection: Connection, _ head: RequestHead, _ framing: RequestFraming) {
        connection.current = Connection.CurrentRequest(
            id: requestIDs.next(), method: head.method, path: head.path, version: head.version,
            keepAlive: framing.keepAlive, startedAt: now)
        let limit = Self.isServerWideOptions(head) ? configuration.defaultMaxBody : responder.bodyLimit(for: head)
        connection.parser.bodyLimit = limit
        if let length = framing.contentLength, length > limit {
            // RFC 9110 §10.1.1: with Expect: 100-continue we answer the final status instead of 100.
            refuse(connection, .contentTooLarge, head: head)
            return
        }
        if framing.expectsContinue && framing.hasBody {
            // RFC 9110 §10.1.1: the body will be accepted, so invite the client to send it.
            prepareOutput(connection)
            connection.output.staging.append(contentsOf: "HTTP/1.1 100 Continue\r\n\r\n".utf8)
        }
        connection.pendingHead = head
        connection.lifecycle.headReceived(at: now, expectsBody: framing.hasBody)
    }

    private func receiveMessage(_ connection: Connection, body: [UInt8]) {
        guard let head = connection.pendingHead, let current = connection.current else { return }
        connection.pendingHead = nil
        connection.lifecycle.requestCompleted()
        if Self.isServerWideOptions(head) {
            respond(connection, Self.serverOptionsResponse)
            return
        }
        if let workers, !responder.answersInline(head) {
            let request = Request(head: head, body: body, remoteAddress: connection.remoteAddress, id: current.id)
            let token = connection.token
            let mailbox = self.mailbox
            let responder = self.responder
            if workers.submit({ mailbox.post(.response(token: token, responder.respond(to: request))) }) {
                connection.awaitingWorker = true
            } else {
                var busy = Response(status: .serviceUnavailable, text: "Service Unavailable\n")
                busy.headers.add("Retry-After", "1")
                respond(connection, busy)
            }
            return
        }
        let request = Request(head: head, body: body, remoteAddress: connection.remoteAddress, id: current.id)
        respond(connection, responder.respond(to: request))
    }

    func deliverWorkerResponse(token: UInt64, _ response: Response) {
        let fd = Int(truncatingIfNeeded: token & 0xFFFF_FFFF)
        guard fd < connectionsByFD.count, let connection = connectionsByFD[fd], connection.token == token,
            connection.awaitingWorker
        else { return }
        connection.awaitingWorker = false
        respond(connection, response)
        processBufferedInput(connection)
        flush(connection)
        settle(connection)
    }

    /// Answers a request the parser refused; the framing can no longer be trusted, so the
    /// connection closes after the answer (lingering, so the answer is read).
    /// Refuses the request; once its head is known (a body over the limit, declared or chunked),
    /// the responder may answer in its own shape (`HTTPResponder.refusal`).
    func refuse(_ connection: Connection, _ error: RequestParseError, head: RequestHead? = nil) {
        if let head = head ?? connection.pendingHead,
            let answer = responder.refusal(error.status, for: head, requestID: connection.current?.id ?? "-")
        {
            answerAndClose(connection, answer)
        } else {
            answerAndClose(connection, status: error.status)
        }
    }

    /// Answers with a bare status and closes once the answer has been read (lingering).
    func answerAndClose(_ connection: Connection, status: HTTPStatus) {
        answerAndClose(connection, Response(status: status, text: "\(status.reasonPhrase)\n"))
    }

    /// Answers with `response` and closes once the answer has been read (lingering).
    func answerAndClose(_ connection: Connection, _ response: Response) {
        if connection.current == nil {
            connection.current = Connection.CurrentRequest(
                id: requestIDs.next(), method: HTTPMethod(rawValue: "-"), path: "-", version: .http1_1,
                keepAlive: false, startedAt: now)
        }
        connection.pendingHead = nil
        connection.closeAfterOutput = true
        connection.lingerBeforeClose = true
        respond(connection, response)
    }

    /// `OPTIONS *` asks about the server as a whole (RFC 9110 §9.3.7).
    static func isServerWideOptions(_ head: RequestHead) -> Bool {
        head.method == .OPTIONS && head.target == "*"
    }

    static let serverOptionsResponse = Response(
        status: .noContent,
        headers: ["Allow": HTTPMethod.known.map(\.rawValue).sorted().joined(separator: ", ")])

    /// Throws away input while lingering; closes at end-of-file or when the budget is spent.
    private func discardInput(_ connection: Connection) {
        let result = try? SystemCall.read(connection.fd, into: readBuffer)
        switch result {
        case .done(let count)? where count > 0:
            connection.lingerBudget -= count
            if connection.lingerBudget <= 0 { close(connection) }
        case .wouldBlock?:
            return
        default:
            close(connection)
        }
    }
}
