extension EventLoop {
    /// Cuts connections whose deadline passed. Runs a few times per shortest timeout; a pass
    /// over every connection costs microseconds even with thousands open.
    func sweepTimeouts() {
        resumeAcceptingIfDue()
        var index = 0
        while index < openConnections.count {
            let connection = openConnections[index]
            if let deadline = connection.deadline, now >= deadline {
                expire(connection)
            }
            // `close` moves the last connection into this slot; look at it before moving on.
            if index < openConnections.count && openConnections[index] === connection { index += 1 }
        }
    }

    private func expire(_ connection: Connection) {
        if connection.lingering {
            close(connection)
            return
        }
        switch connection.lifecycle.expiry(at: now) {
        case .idle?:
            close(connection)
        case .write?:
            SystemCall.discardUnsentOnClose(connection.fd)
            close(connection)
        case .header?, .body?:
            // RFC 9110 §15.5.9: 408 when the request did not arrive in time, then close.
            answerAndClose(connection, status: .requestTimeout)
            flush(connection)
            settle(connection)
        case nil:
            break
        }
    }
}
