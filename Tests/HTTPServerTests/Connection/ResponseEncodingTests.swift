import Testing

@testable import HTTPServer

@Suite("Response head, date and log formatting")
struct ResponseEncodingTests {
    private func encode(
        _ response: Response, framing: BodyFraming, connection: ConnectionDirective = .persistent
    ) -> String {
        var buffer: [UInt8] = []
        let clock = WallClockCache(second: 784_111_777)
        ResponseHeadEncoder.encode(
            status: response.status, headers: response.headers, framing: framing, connection: connection,
            requestID: "0123456789ab", dateField: clock.dateField, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test func dateHeaderIsIMFFixdate() {
        // RFC 9110 §5.6.7's example instant.
        let clock = WallClockCache(second: 784_111_777)
        #expect(String(decoding: clock.dateField, as: UTF8.self) == "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n")
        #expect(String(decoding: clock.isoTimestamp, as: UTF8.self) == "1994-11-06T08:49:37Z")
    }

    @Test func headOrderAndServerManagedFields() {
        let response = Response(
            status: .ok, headers: ["Content-Type": "text/plain", "content-length": "7", "Connection": "keep-alive"],
            body: .bytes([]))
        #expect(
            encode(response, framing: .length(2))
                == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                + "X-Request-Id: 0123456789ab\r\nContent-Length: 2\r\n\r\n")
    }

    @Test func chunkedAndClosing() {
        let text = encode(Response(status: .notFound), framing: .chunked, connection: .close)
        #expect(text.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        #expect(text.hasSuffix("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"))
    }

    @Test func http10KeepAliveAndBodyless() {
        let text = encode(Response(status: .noContent), framing: .none, connection: .keepAlive)
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("X-Request-Id: 0123456789ab\r\nConnection: keep-alive\r\n\r\n"))
    }

    @Test func controlCharactersCannotSplitTheResponse() {
        let response = Response(status: .ok, headers: ["X-Injected": "a\r\nSet-Cookie: evil"], body: .empty)
        let text = encode(response, framing: .length(0))
        #expect(text.contains("X-Injected: a  Set-Cookie: evil\r\n"))
        #expect(!text.contains("\r\nSet-Cookie"))
    }

    @Test func requestIDsAreShortUniqueHex() {
        var first = RequestIDGenerator(loopIndex: 0, seed: 0xABCDEF)
        var second = RequestIDGenerator(loopIndex: 1, seed: 0xABCDEF)
        var seen: Set<String> = []
        for _ in 0..<1000 {
            seen.insert(first.next())
            seen.insert(second.next())
        }
        #expect(seen.count == 2000)
        #expect(seen.allSatisfy { $0.utf8.count == 12 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func accessLogLine() {
        let entry = AccessLogEntry(
            timestamp: "2025-05-15T02:30:00Z", requestID: "0a1b2c3d4e5f", method: "GET", path: "/healthz", status: 200,
            bytes: 2, durationNanoseconds: 1_234_567)
        #expect(entry.line == "2025-05-15T02:30:00Z 0a1b2c3d4e5f GET /healthz 200 2 1.234ms")
        var slow = entry
        slow.durationNanoseconds = 12_000_000_000
        slow.bytes = 123_456_789_012
        #expect(slow.line.hasSuffix(" 123456789012 12000.000ms"))
    }

    @Test func decimalFormatting() {
        for value in [0, 7, 10, 99, 100, 65_535, 99_999_999, 100_000_000, Int.max] {
            var buffer: [UInt8] = []
            buffer.appendDecimal(value)
            #expect(String(decoding: buffer, as: UTF8.self) == String(value))
        }
    }
}
