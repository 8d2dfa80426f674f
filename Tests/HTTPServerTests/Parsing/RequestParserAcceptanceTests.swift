import Testing

@testable import HTTPServer

/// One well-formed input and what the parser must make of it.
struct AcceptanceCase: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: String
    var expected: [ParsedRequest]
    var testDescription: String { name }
}

private let host = "Host: example.com\r\n"

let acceptanceCases: [AcceptanceCase] = [
    AcceptanceCase(name: "simple GET", raw: "GET / HTTP/1.1\r\n\(host)\r\n", expected: [ParsedRequest("GET", "/")]),
    AcceptanceCase(
        name: "path and query split, percent-encoding kept",
        raw: "GET /a%20b/c?q=%C3%A9&x=1 HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "/a%20b/c?q=%C3%A9&x=1", path: "/a%20b/c", query: "q=%C3%A9&x=1")]),
    AcceptanceCase(
        name: "empty query", raw: "GET /p? HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "/p?", path: "/p", query: "")]),
    AcceptanceCase(
        name: "absolute-form target replaces Host (RFC 9112 §3.2.2)",
        raw: "GET http://other.example:8080/a/b?x=1 HTTP/1.1\r\n\(host)\r\n",
        expected: [
            ParsedRequest(
                "GET", "http://other.example:8080/a/b?x=1", path: "/a/b", query: "x=1",
                headers: ["Host: other.example:8080"])
        ]),
    AcceptanceCase(
        name: "absolute-form without path means /", raw: "GET HTTPS://Example.com HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "HTTPS://Example.com", path: "/", headers: ["Host: Example.com"])]),
    AcceptanceCase(
        name: "absolute-form with query and no path", raw: "GET http://a.example?x HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "http://a.example?x", path: "/", query: "x", headers: ["Host: a.example"])]),
    AcceptanceCase(
        name: "OPTIONS *", raw: "OPTIONS * HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("OPTIONS", "*", path: "*")]),
    AcceptanceCase(name: "HEAD", raw: "HEAD /x HTTP/1.1\r\n\(host)\r\n", expected: [ParsedRequest("HEAD", "/x")]),
    AcceptanceCase(
        name: "POST with Content-Length body",
        raw: "POST /form HTTP/1.1\r\n\(host)Content-Length: 11\r\n\r\nhello world",
        expected: [ParsedRequest("POST", "/form", headers: ["Host: example.com", "Content-Length: 11"], body: "hello world")]),
    AcceptanceCase(
        name: "Content-Length 0", raw: "PUT /x HTTP/1.1\r\n\(host)Content-Length: 0\r\n\r\n",
        expected: [ParsedRequest("PUT", "/x", headers: ["Host: example.com", "Content-Length: 0"])]),
    AcceptanceCase(
        name: "identical repeated Content-Length",
        raw: "PATCH /x HTTP/1.1\r\n\(host)Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
        expected: [
            ParsedRequest(
                "PATCH", "/x", headers: ["Host: example.com", "Content-Length: 3", "Content-Length: 3"], body: "abc")
        ]),
    AcceptanceCase(
        name: "identical Content-Length list", raw: "DELETE /x HTTP/1.1\r\n\(host)Content-Length: 3, 3\r\n\r\nabc",
        expected: [ParsedRequest("DELETE", "/x", headers: ["Host: example.com", "Content-Length: 3, 3"], body: "abc")]),
    AcceptanceCase(
        name: "chunked body with extensions and trailers",
        raw: "POST /c HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n"
            + "4;name=value\r\nWiki\r\n5 ; ext\r\npedia\r\nA\r\n in chunks\r\n0\r\nTrailer-One: x\r\nTrailer-Two: y\r\n\r\n",
        expected: [
            ParsedRequest(
                "POST", "/c", headers: ["Host: example.com", "Transfer-Encoding: chunked"], body: "Wikipedia in chunks",
                chunked: true)
        ]),
    AcceptanceCase(
        name: "empty chunked body", raw: "POST /c HTTP/1.1\r\n\(host)Transfer-Encoding: Chunked\r\n\r\n0\r\n\r\n",
        expected: [ParsedRequest("POST", "/c", headers: ["Host: example.com", "Transfer-Encoding: Chunked"], chunked: true)]),
    AcceptanceCase(
        name: "repeated fields kept in order",
        raw: "GET / HTTP/1.1\r\n\(host)Accept: a\r\nX-Other: 1\r\naccept: b\r\n\r\n",
        expected: [ParsedRequest("GET", "/", headers: ["Host: example.com", "Accept: a", "X-Other: 1", "accept: b"])]),
    AcceptanceCase(
        name: "OWS trimmed, inner spaces and obs-text kept",
        raw: "GET / HTTP/1.1\r\n\(host)X-A: \t  two  words \t\r\nX-Empty:\r\nX-Latin: caf\u{E9}\r\n\r\n",
        expected: [
            ParsedRequest(
                "GET", "/", headers: ["Host: example.com", "X-A: two  words", "X-Empty: ", "X-Latin: caf\u{E9}"])
        ]),
    AcceptanceCase(
        name: "empty lines before the request line (RFC 9112 §2.2)", raw: "\r\n\r\nGET / HTTP/1.1\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "/")]),
    AcceptanceCase(
        name: "HTTP/1.0 without Host closes by default", raw: "GET / HTTP/1.0\r\n\r\n",
        expected: [ParsedRequest("GET", "/", version: "HTTP/1.0", headers: [], keepAlive: false)]),
    AcceptanceCase(
        name: "HTTP/1.0 keep-alive", raw: "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
        expected: [ParsedRequest("GET", "/", version: "HTTP/1.0", headers: ["Connection: Keep-Alive"], keepAlive: true)]),
    AcceptanceCase(
        name: "HTTP/1.1 Connection: close", raw: "GET / HTTP/1.1\r\n\(host)Connection: upgrade, close\r\n\r\n",
        expected: [ParsedRequest("GET", "/", headers: ["Host: example.com", "Connection: upgrade, close"], keepAlive: false)]),
    AcceptanceCase(
        name: "higher HTTP/1.x minor served as 1.1", raw: "GET / HTTP/1.7\r\n\(host)\r\n",
        expected: [ParsedRequest("GET", "/")]),
    AcceptanceCase(
        name: "Expect: 100-continue", raw: "POST /u HTTP/1.1\r\n\(host)Expect: 100-Continue\r\nContent-Length: 2\r\n\r\nok",
        expected: [
            ParsedRequest(
                "POST", "/u", headers: ["Host: example.com", "Expect: 100-Continue", "Content-Length: 2"], body: "ok",
                expectsContinue: true)
        ]),
    AcceptanceCase(
        name: "100-continue ignored in HTTP/1.0 (RFC 9110 §10.1.1)",
        raw: "POST /u HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n",
        expected: [
            ParsedRequest(
                "POST", "/u", version: "HTTP/1.0", headers: ["Expect: 100-continue", "Content-Length: 0"], keepAlive: false)
        ]),
    AcceptanceCase(
        name: "empty Host value (RFC 9110 §7.2)", raw: "GET / HTTP/1.1\r\nHost:\r\n\r\n",
        expected: [ParsedRequest("GET", "/", headers: ["Host: "])]),
    AcceptanceCase(
        name: "IPv6 literal Host with port", raw: "GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
        expected: [ParsedRequest("GET", "/", headers: ["Host: [::1]:8080"])]),
    AcceptanceCase(
        name: "IPv4 Host with port", raw: "GET / HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n",
        expected: [ParsedRequest("GET", "/", headers: ["Host: 127.0.0.1:80"])]),
    AcceptanceCase(
        name: "pipelined requests", raw: "GET /1 HTTP/1.1\r\n\(host)\r\nPOST /2 HTTP/1.1\r\n\(host)Content-Length: 1\r\n\r\nxGET /3 HTTP/1.1\r\n\(host)\r\n",
        expected: [
            ParsedRequest("GET", "/1"),
            ParsedRequest("POST", "/2", headers: ["Host: example.com", "Content-Length: 1"], body: "x"),
            ParsedRequest("GET", "/3"),
        ]),
    AcceptanceCase(
        name: "pipelined after chunked body",
        raw: "POST /1 HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\nGET /2 HTTP/1.1\r\n\(host)\r\n",
        expected: [
            ParsedRequest("POST", "/1", headers: ["Host: example.com", "Transfer-Encoding: chunked"], body: "a", chunked: true),
            ParsedRequest("GET", "/2"),
        ]),
]

@Test("parser accepts", arguments: acceptanceCases, Split.all)
func parserAccepts(_ testCase: AcceptanceCase, split: Split) {
    let outcomes = parseAll(testCase.raw.bytes, split: split)
    #expect(outcomes == testCase.expected.map(ParseOutcome.request))
}

@Test("a request target of exactly the limit is accepted", arguments: Split.all)
func targetAtLimitIsAccepted(split: Split) {
    let target = "/" + String(repeating: "a", count: ParserLimits().maxRequestTargetLength - 1)
    let outcomes = parseAll("GET \(target) HTTP/1.1\r\n\(host)\r\n".bytes, split: split)
    #expect(outcomes == [.request(ParsedRequest("GET", target))])
}

@Test("100 header fields are accepted", arguments: [Split.whole, .random(seed: 7)])
func hundredFieldsAreAccepted(split: Split) {
    let fields = (1..<100).map { "X-\($0): v\r\n" }.joined()
    let outcomes = parseAll("GET / HTTP/1.1\r\n\(host)\(fields)\r\n".bytes, split: split)
    guard case .request(let request)? = outcomes.first else {
        Issue.record("expected a request, got \(outcomes)")
        return
    }
    #expect(request.headers.count == 100)
}

@Test("a body of exactly the limit is accepted", arguments: Split.all)
func bodyAtLimitIsAccepted(split: Split) {
    let raw = "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n5\r\nfghij\r\n0\r\n\r\n"
    let outcomes = parseAll(raw.bytes, split: split, bodyLimit: 10)
    #expect(outcomes.count == 1)
    if case .request(let request)? = outcomes.first { #expect(request.body == "abcdefghij") }
}

@Test func parserReportsIdleAndHeadPhases() {
    var parser = RequestParser()
    #expect(parser.isAtMessageBoundary)
    #expect(!parser.isReadingHead)
    let partial = "GET / HT".bytes
    _ = partial.withUnsafeBytes { parser.feed($0) }
    #expect(!parser.isAtMessageBoundary)
    #expect(parser.isReadingHead)
}
