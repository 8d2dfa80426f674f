import Glibc
import HTTPServer
import Synchronization
import TestSupport
import Testing

@Suite("Server limits and timeouts")
struct ServerLimitsTests {
    @Test(
        "a refused request is answered with its status and the connection closed",
        arguments: [
            ("GET /\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: a\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: a\r\nX-Big: \(String(repeating: "b", count: 40_000))\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: a\r\n" + (0..<120).map { "X-\($0): 1\r\n" }.joined() + "\r\n", 431),
            ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505),
            ("BREW / HTTP/1.1\r\nHost: a\r\n\r\n", 501),
            ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
            ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n", 400),
        ])
    func refusedRequest(raw: String, status: Int) throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        try client.send(raw)
        let response = try client.readResponse()
        #expect(response.status == status)
        #expect(response.header("Connection") == "close")
        #expect(response.header("X-Request-Id") != nil)
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("in a pipeline, requests before a malformed one are answered, nothing after it")
    func malformedInPipeline() throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        try client.send("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost : a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "GET /1 body=")
        #expect(try client.readResponse().status == 400)
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("requests pipelined after Connection: close are not answered")
    func pipelinedAfterClose() throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        try client.send("GET /1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "GET /1 body=")
        #expect(String(decoding: try client.readUntilClose(), as: UTF8.self) == "")
    }

    @Test("a body over the route's limit is refused 413 before it is read")
    func bodyOverLimit() throws {
        let responder = ClosureResponder(bodyLimit: { head in head.path == "/upload" ? 1000 : 10 }) { request in
            Response(text: "got \(request.body.count)")
        }
        let server = try TestServer(responder: responder)
        let ok = try server.client()
        #expect(try ok.request("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 500\r\n\r\n\(String(repeating: "x", count: 500))").text == "got 500")

        // Only the head is sent: the 413 must come without waiting for the 5 MB.
        let refused = try server.client()
        try refused.send("POST /other HTTP/1.1\r\nHost: a\r\nContent-Length: 5000000\r\n\r\n")
        let response = try refused.readResponse()
        #expect(response.status == 413)
        #expect(refused.waitForClose(within: .seconds(3)))

        // A chunked body is refused as soon as it grows past the limit.
        let chunked = try server.client()
        try chunked.send("POST /other HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n")
        #expect(try chunked.readResponse().status == 413)
    }

    @Test("a client sending its header too slowly is cut off")
    func slowloris() throws {
        let server = try TestServer(responder: echoResponder) { $0.headerTimeout = .milliseconds(300) }
        let client = try server.client()
        let start = ContinuousClock.now
        try client.send("GET / HTTP/1.1\r\n")
        for _ in 0..<4 {
            usleep(100_000)
            try? client.send("X-Slow: 1\r\n")
        }
        let raw = String(decoding: (try? client.readUntilClose()) ?? [], as: UTF8.self)
        let elapsed = ContinuousClock.now - start
        #expect(raw.hasPrefix("HTTP/1.1 408 "))
        #expect(elapsed < .seconds(2))
    }

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleTimeout() throws {
        let server = try TestServer(responder: echoResponder) { $0.idleTimeout = .milliseconds(200) }
        let client = try server.client()
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        let start = ContinuousClock.now
        #expect(client.waitForClose(within: .seconds(3)))
        #expect(ContinuousClock.now - start >= .milliseconds(150))
    }

    @Test("a connection that never sends anything is closed after the idle timeout")
    func silentConnection() throws {
        let server = try TestServer(responder: echoResponder) { $0.idleTimeout = .milliseconds(200) }
        let client = try server.client()
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("a body that stops arriving is answered 408")
    func stalledBody() throws {
        let server = try TestServer(responder: echoResponder) { $0.bodyTimeout = .milliseconds(300) }
        let client = try server.client()
        try client.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc")
        let response = try client.readResponse()
        #expect(response.status == 408)
    }

    @Test("a client that stops reading is dropped")
    func stalledReader() throws {
        let big = [UInt8](repeating: 0x61, count: 32 * 1024 * 1024)
        let server = try TestServer(configure: { $0.writeTimeout = .milliseconds(300) }) { _ in Response(body: .bytes(big)) }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(1_000_000)
        // The connection was reset while we slept: reading ends at once, far short of 32 MB.
        let start = ContinuousClock.now
        let received = try client.readUntilClose()
        #expect(received.count < big.count)
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test("over maxConnections a client gets a short 503 and is closed")
    func overCapacity() throws {
        let server = try TestServer(responder: echoResponder) { $0.maxConnections = 2 }
        let first = try server.client()
        let second = try server.client()
        #expect(try first.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        #expect(try second.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        let third = try server.client()
        try? third.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
        #expect(third.waitForClose(within: .seconds(3)))
        // Capacity comes back when a connection closes.
        first.close()
        #expect(eventually {
            (try? server.client().request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status) == 200
        })
    }

    @Test("1,000 idle connections do not slow down another client")
    func manyIdleConnections() throws {
        let server = try TestServer(responder: echoResponder)
        var idle: [RawHTTPClient] = []
        for _ in 0..<1000 { idle.append(try server.client()) }
        // Half of them have started a request and stalled.
        for client in idle.prefix(500) { try client.send("GET / HTTP/1.1\r\n") }
        let active = try server.client()
        let start = ContinuousClock.now
        for _ in 0..<50 {
            #expect(try active.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        }
        #expect(ContinuousClock.now - start < .seconds(2))
        // The idle ones are all still being served.
        #expect(try idle[999].request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        #expect(try idle[0].request("Host: a\r\n\r\n").status == 200)
    }
}
