import Testing

@testable import HTTPServer

/// One input the parser must refuse, and the refusal.
struct RejectionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: [UInt8]
    var error: RequestParseError
    var status: Int
    var bodyLimit: Int?

    init(_ name: String, _ raw: String, _ error: RequestParseError, _ status: Int, bodyLimit: Int? = nil) {
        self.init(name, raw.bytes, error, status, bodyLimit: bodyLimit)
    }

    init(_ name: String, _ raw: [UInt8], _ error: RequestParseError, _ status: Int, bodyLimit: Int? = nil) {
        self.name = name
        self.raw = raw
        self.error = error
        self.status = status
        self.bodyLimit = bodyLimit
    }

    var testDescription: String { "\(name) → \(status)" }
}

private let host = "Host: example.com\r\n"
private let longTarget = "/" + String(repeating: "a", count: 8 * 1024)

let rejectionCases: [RejectionCase] = [
    // Request line (RFC 9112 §3)
    RejectionCase("request line without version", "GET /\r\n\(host)\r\n", .malformedRequestLine, 400),
    RejectionCase("request line with two spaces", "GET  / HTTP/1.1\r\n\(host)\r\n", .malformedRequestLine, 400),
    RejectionCase("request line with a trailing word", "GET / HTTP/1.1 x\r\n\(host)\r\n", .malformedVersion, 400),
    RejectionCase("request line starting with a space", " GET / HTTP/1.1\r\n\(host)\r\n", .invalidMethod, 400),
    RejectionCase("method with a non-token character", "GE(T / HTTP/1.1\r\n\(host)\r\n", .invalidMethod, 400),
    RejectionCase("lowercase protocol name", "GET / http/1.1\r\n\(host)\r\n", .malformedVersion, 400),
    RejectionCase("two-digit minor version", "GET / HTTP/1.10\r\n\(host)\r\n", .malformedVersion, 400),
    RejectionCase("bare LF ends the request line", "GET / HTTP/1.1\n\(host)\r\n", .malformedRequestLine, 400),
    RejectionCase("control character in target", "GET /a\u{01}b HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("non-ASCII byte in target", "GET /caf\u{E9} HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("asterisk target with GET", "GET * HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("relative target", "GET a/b HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("absolute-form with another scheme", "GET ftp://a.example/ HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("absolute-form with empty host", "GET http:///p HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("absolute-form with userinfo", "GET http://u:p@a.example/ HTTP/1.1\r\n\(host)\r\n", .invalidRequestTarget, 400),
    RejectionCase("too many empty lines first", "\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\n\(host)\r\n", .malformedRequestLine, 400),
    RejectionCase("request target over 8 KiB", "GET \(longTarget) HTTP/1.1\r\n\(host)\r\n", .requestTargetTooLong, 414),
    RejectionCase("endless request line", "GET \(longTarget)\(longTarget)", .requestTargetTooLong, 414),
    RejectionCase("HTTP/2.0", "GET / HTTP/2.0\r\n\(host)\r\n", .unsupportedVersion, 505),
    RejectionCase("HTTP/0.9 style version", "GET / HTTP/0.9\r\n\(host)\r\n", .unsupportedVersion, 505),
    RejectionCase("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", .unsupportedVersion, 505),
    RejectionCase("unknown method", "BREW /pot HTTP/1.1\r\n\(host)\r\n", .unknownMethod, 501),
    RejectionCase("an unknown method is not implemented", "BREW / HTTP/1.1\r\n\(host)\r\n", .unknownMethod, 501),
    RejectionCase("CONNECT is not implemented", "CONNECT a.example:443 HTTP/1.1\r\n\(host)\r\n", .unknownMethod, 501),
    RejectionCase("methods are case-sensitive", "get / HTTP/1.1\r\n\(host)\r\n", .unknownMethod, 501),
    RejectionCase("QUERY is recognised, lower case is not", "query / HTTP/1.1\r\n\(host)\r\n", .unknownMethod, 501),

    // Header lines (RFC 9112 §5, RFC 9110 §5.5)
    RejectionCase("header line without colon", "GET / HTTP/1.1\r\n\(host)NoColon\r\n\r\n", .malformedHeaderLine, 400),
    RejectionCase("whitespace between name and colon", "GET / HTTP/1.1\r\n\(host)X-A : 1\r\n\r\n", .whitespaceBeforeColon, 400),
    RejectionCase("tab between name and colon", "GET / HTTP/1.1\r\n\(host)X-A\t: 1\r\n\r\n", .whitespaceBeforeColon, 400),
    RejectionCase("obs-fold continuation line", "GET / HTTP/1.1\r\n\(host)X-A: 1\r\n  more\r\n\r\n", .obsoleteLineFolding, 400),
    RejectionCase("whitespace before the first field", "GET / HTTP/1.1\r\n \(host)\r\n", .obsoleteLineFolding, 400),
    RejectionCase("bare CR inside a field line", "GET / HTTP/1.1\r\n\(host)X-A: 1\rX-B: 2\r\n\r\n", .invalidHeaderValue, 400),
    RejectionCase("bare CR ending a field line", "GET / HTTP/1.1\r\nHost: a\r\r\n\r\n", .invalidHeaderValue, 400),
    RejectionCase("bare LF ending a field line", "GET / HTTP/1.1\r\n\(host)X-A: 1\n\r\n", .malformedHeaderLine, 400),
    RejectionCase("NUL in a field value", "GET / HTTP/1.1\r\n\(host)X-A: a\u{0}b\r\n\r\n", .invalidHeaderValue, 400),
    RejectionCase("control character in a field value", "GET / HTTP/1.1\r\n\(host)X-A: a\u{07}b\r\n\r\n", .invalidHeaderValue, 400),
    RejectionCase("DEL in a field value", "GET / HTTP/1.1\r\n\(host)X-A: a\u{7F}b\r\n\r\n", .invalidHeaderValue, 400),
    RejectionCase("non-token character in a name", "GET / HTTP/1.1\r\n\(host)X(A): 1\r\n\r\n", .invalidHeaderName, 400),
    RejectionCase("space inside a name", "GET / HTTP/1.1\r\n\(host)X A: 1\r\n\r\n", .invalidHeaderName, 400),
    RejectionCase("empty field name", "GET / HTTP/1.1\r\n\(host): v\r\n\r\n", .invalidHeaderName, 400),
    RejectionCase("header section over 32 KiB", "GET / HTTP/1.1\r\n\(host)X-Big: \(String(repeating: "b", count: 33 * 1024))\r\n\r\n", .headerSectionTooLarge, 431),
    RejectionCase("header section over 32 KiB in many lines", "GET / HTTP/1.1\r\n\(host)" + String(repeating: "X-Fill: \(String(repeating: "f", count: 1000))\r\n", count: 40) + "\r\n", .headerSectionTooLarge, 431),
    RejectionCase("more than 100 fields", "GET / HTTP/1.1\r\n\(host)" + (1...100).map { "X-\($0): v\r\n" }.joined() + "\r\n", .tooManyHeaderFields, 431),

    // Host (RFC 9112 §3.2)
    RejectionCase("HTTP/1.1 without Host", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", .missingHost, 400),
    RejectionCase("two Host fields", "GET / HTTP/1.1\r\n\(host)Host: other.example\r\n\r\n", .multipleHosts, 400),
    RejectionCase("two identical Host fields", "GET / HTTP/1.1\r\n\(host)\(host)\r\n", .multipleHosts, 400),
    RejectionCase("two Host fields in HTTP/1.0", "GET / HTTP/1.0\r\n\(host)\(host)\r\n", .multipleHosts, 400),
    RejectionCase("Host with a space", "GET / HTTP/1.1\r\nHost: exa mple.com\r\n\r\n", .invalidHost, 400),
    RejectionCase("Host with a path", "GET / HTTP/1.1\r\nHost: example.com/x\r\n\r\n", .invalidHost, 400),
    RejectionCase("Host with userinfo", "GET / HTTP/1.1\r\nHost: u@example.com\r\n\r\n", .invalidHost, 400),
    RejectionCase("Host with a non-numeric port", "GET / HTTP/1.1\r\nHost: example.com:http\r\n\r\n", .invalidHost, 400),
    RejectionCase("Host with two ports", "GET / HTTP/1.1\r\nHost: example.com:80:81\r\n\r\n", .invalidHost, 400),
    RejectionCase("unclosed IPv6 literal", "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", .invalidHost, 400),
    RejectionCase("Host with a bad percent escape", "GET / HTTP/1.1\r\nHost: a%zz\r\n\r\n", .invalidHost, 400),

    // Content-Length and Transfer-Encoding (RFC 9112 §6)
    RejectionCase("Content-Length not a number", "POST / HTTP/1.1\r\n\(host)Content-Length: abc\r\n\r\n", .invalidContentLength, 400),
    RejectionCase("negative Content-Length", "POST / HTTP/1.1\r\n\(host)Content-Length: -1\r\n\r\n", .invalidContentLength, 400),
    RejectionCase("Content-Length with a sign", "POST / HTTP/1.1\r\n\(host)Content-Length: +5\r\n\r\nhello", .invalidContentLength, 400),
    RejectionCase("hexadecimal Content-Length", "POST / HTTP/1.1\r\n\(host)Content-Length: 0x5\r\n\r\nhello", .invalidContentLength, 400),
    RejectionCase("Content-Length with inner space", "POST / HTTP/1.1\r\n\(host)Content-Length: 1 2\r\n\r\n", .invalidContentLength, 400),
    RejectionCase("empty Content-Length", "POST / HTTP/1.1\r\n\(host)Content-Length:\r\n\r\n", .invalidContentLength, 400),
    RejectionCase("two different Content-Lengths", "POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", .conflictingContentLength, 400),
    RejectionCase("a list of different Content-Lengths", "POST / HTTP/1.1\r\n\(host)Content-Length: 5, 6\r\n\r\nhello!", .conflictingContentLength, 400),
    RejectionCase("Content-Length with Transfer-Encoding", "POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .contentLengthWithTransferEncoding, 400),
    RejectionCase("Transfer-Encoding with Content-Length", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", .contentLengthWithTransferEncoding, 400),
    RejectionCase("gzip transfer coding", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip\r\n\r\n", .unsupportedTransferCoding, 501),
    RejectionCase("gzip before chunked", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip, chunked\r\n\r\n", .unsupportedTransferCoding, 501),
    RejectionCase("chunked twice", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked, chunked\r\n\r\n", .invalidTransferEncoding, 400),
    RejectionCase("chunked in two fields", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", .invalidTransferEncoding, 400),
    RejectionCase("empty Transfer-Encoding", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding:\r\n\r\n", .invalidTransferEncoding, 400),
    RejectionCase("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .transferEncodingInHTTP10, 400),

    // Chunked framing (RFC 9112 §7.1)
    RejectionCase("chunk size not hexadecimal", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\nzz\r\n", .invalidChunk, 400),
    RejectionCase("empty chunk size line", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n\r\n", .invalidChunk, 400),
    RejectionCase("negative chunk size", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n-1\r\n", .invalidChunk, 400),
    RejectionCase("space after chunk size", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n", .invalidChunk, 400),
    RejectionCase("chunk data longer than its size", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n", .invalidChunk, 400),
    RejectionCase("chunk data without CRLF", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n", .invalidChunk, 400),
    RejectionCase("chunk size overflowing", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", .invalidChunk, 400),
    RejectionCase("control character in a chunk extension", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5;a=\u{01}\r\nhello\r\n0\r\n\r\n", .invalidChunk, 400),
    RejectionCase("bare LF after a chunk size", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", .invalidChunk, 400),
    RejectionCase("malformed trailer line", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n", .malformedHeaderLine, 400),

    // Body limits (RFC 9110 §15.5.14)
    RejectionCase("declared body over the limit", "POST / HTTP/1.1\r\n\(host)Content-Length: 11\r\n\r\n", .contentTooLarge, 413, bodyLimit: 10),
    RejectionCase("Content-Length beyond any integer", "POST / HTTP/1.1\r\n\(host)Content-Length: 99999999999999999999999\r\n\r\n", .contentTooLarge, 413),
    RejectionCase("chunked body growing over the limit", "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\nghijk\r\n0\r\n\r\n", .contentTooLarge, 413, bodyLimit: 10),

    // Expectations (RFC 9110 §10.1.1)
    RejectionCase("unknown expectation", "POST / HTTP/1.1\r\n\(host)Expect: 200-ok\r\nContent-Length: 0\r\n\r\n", .unsupportedExpectation, 417),
]

@Test("parser refuses", arguments: rejectionCases, Split.all)
func parserRefuses(_ testCase: RejectionCase, split: Split) {
    let outcomes = parseAll(testCase.raw, split: split, bodyLimit: testCase.bodyLimit)
    #expect(outcomes == [.failure(testCase.error)])
    #expect(testCase.error.status.code == testCase.status)
}

@Test("a refusal stays: the parser takes nothing after it")
func parserStaysFailed() {
    var parser = RequestParser()
    let bad = "GET / HTTP/1.1\r\nNoColon\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes
    let first = bad.withUnsafeBytes { parser.feed($0) }
    guard case .failure(.malformedHeaderLine) = first.event else {
        Issue.record("expected failure, got \(first.event)")
        return
    }
    let second = bad.withUnsafeBytes { parser.feed($0) }
    #expect(second.consumed == 0)
    guard case .failure(.malformedHeaderLine) = second.event else {
        Issue.record("expected the same failure, got \(second.event)")
        return
    }
}

@Test("a request after a good one is refused on its own")
func refusalAfterGoodRequest() {
    let raw = "GET /ok HTTP/1.1\r\nHost: a\r\n\r\nGET /bad HTTP/1.1\r\n\r\n"
    let outcomes = parseAll(raw.bytes, split: .byteByByte)
    #expect(outcomes == [.request(ParsedRequest("GET", "/ok", headers: ["Host: a"])), .failure(.missingHost)])
}
