/// How the body of a response is delimited on the wire.
enum BodyFraming: Equatable {
    /// `Content-Length: n`.
    case length(Int)
    /// `Transfer-Encoding: chunked`.
    case chunked
    /// No length header; the body ends when the connection closes (streams to HTTP/1.0 peers).
    case untilClose
    /// No body and no length header (1xx, 204, 304: RFC 9110 §8.6, §15.3.5, §15.4.5).
    case none
}

/// What the connection does after a response, as far as the server knows before encoding.
enum ConnectionDirective: Equatable {
    /// HTTP/1.1 persistent connection: no header needed.
    case persistent
    /// HTTP/1.0 persistent connection: `Connection: keep-alive` (RFC 9112 §9.3).
    case keepAlive
    /// `Connection: close`.
    case close
}

/// Writes a response's status line and header section straight into a byte buffer.
enum ResponseHeadEncoder {
    /// The fields the server writes itself; a responder's own values for them are dropped.
    static func isServerManaged(_ name: String) -> Bool {
        switch name.utf8.count {
        case 10: name.caseInsensitiveEquals("Connection")
        case 12: name.caseInsensitiveEquals("X-Request-Id")
        case 14: name.caseInsensitiveEquals("Content-Length")
        case 17: name.caseInsensitiveEquals("Transfer-Encoding")
        default: false
        }
    }

    /// Appends the head; returns the directive actually written, which is `.close` when the
    /// responder's own `Connection` field asked for it.
    @discardableResult
    static func encode(
        status: HTTPStatus, headers: HTTPHeaders, framing: BodyFraming, connection: ConnectionDirective,
        requestID: String, dateField: [UInt8], into buffer: inout [UInt8]
    ) -> ConnectionDirective {
        var connection = connection
        buffer.append(contentsOf: "HTTP/1.1 ".utf8)
        buffer.appendDecimal(status.code)
        buffer.append(ByteClass.space)
        appendSanitized(status.reasonPhrase, to: &buffer)
        buffer.append(contentsOf: "\r\n".utf8)
        var hasDate = false
        for field in headers {
            if isServerManaged(field.name) {
                if connection != .close && field.name.utf8.count == 10 && asksToClose(field.value) { connection = .close }
                continue
            }
            if field.name.utf8.count == 4 && field.name.caseInsensitiveEquals("Date") { hasDate = true }
            appendSanitized(field.name, to: &buffer)
            buffer.append(contentsOf: ": ".utf8)
            appendSanitized(field.value, to: &buffer)
            buffer.append(contentsOf: "\r\n".utf8)
        }
        if !hasDate { buffer.append(contentsOf: dateField) }
        buffer.append(contentsOf: "X-Request-Id: ".utf8)
        buffer.append(contentsOf: requestID.utf8)
        switch framing {
        case .length(let length):
            buffer.append(contentsOf: "\r\nContent-Length: ".utf8)
            buffer.appendDecimal(length)
        case .chunked:
            buffer.append(contentsOf: "\r\nTransfer-Encoding: chunked".utf8)
        case .untilClose, .none:
            break
        }
        switch connection {
        case .persistent: buffer.append(contentsOf: "\r\n\r\n".utf8)
        case .keepAlive: buffer.append(contentsOf: "\r\nConnection: keep-alive\r\n\r\n".utf8)
        case .close: buffer.append(contentsOf: "\r\nConnection: close\r\n\r\n".utf8)
        }
        return connection
    }

    /// Whether a `Connection` value lists `close`.
    private static func asksToClose(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var closes = false
            forEachListElement(UnsafeRawBufferPointer(bytes)) { element in
                if asciiLowercaseEquals(element, "close") { closes = true }
            }
            return closes
        }
    }

    /// Appends text, replacing CR, LF, NUL and other controls with spaces so no responder can
    /// split a response by accident (RFC 9110 §5.5).
    private static func appendSanitized(_ text: String, to buffer: inout [UInt8]) {
        let appended = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where !ByteClass.isFieldValueCharacter(byte) { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        if appended == true { return }
        for byte in text.utf8 {
            buffer.append(ByteClass.isFieldValueCharacter(byte) ? byte : ByteClass.space)
        }
    }
}
