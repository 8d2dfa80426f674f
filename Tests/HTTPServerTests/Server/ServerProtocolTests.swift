import HTTPServer
import Synchronization
import TestSupport
import Testing

/// Echoes what it received, so tests can see what the server made of the request.
let echoResponder = ClosureResponder { request in
    var text = "\(request.method) \(request.path)"
    if let query = request.query { text += "?\(query)" }
    text += " body=\(String(decoding: request.body, as: UTF8.self))"
    return Response(text: text)
}

/// Both handler shapes: on the loop (0) and on a worker pool (2).
let handlerShapes = [0, 2]

@Suite("Server protocol behaviour")
struct ServerProtocolTests {
    @Test("a GET is answered with Date, Content-Length and X-Request-Id", arguments: handlerShapes)
    func simpleGet(workers: Int) throws {
        let server = try TestServer(responder: echoResponder) { $0.workers = workers }
        let client = try server.client()
        let response = try client.request("GET /hello?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(response.status == 200)
        #expect(response.text == "GET /hello?x=1 body=")
        #expect(response.header("Content-Length") == "\(response.body.count)")
        #expect(response.header("Date")?.hasSuffix(" GMT") == true)
        #expect(response.header("Connection") == nil)
        let id = try #require(response.header("X-Request-Id"))
        #expect(id.count == 12 && id.allSatisfy(\.isHexDigit))
    }

    @Test("keep-alive: many requests on one connection, each with its own id", arguments: handlerShapes)
    func keepAlive(workers: Int) throws {
        let server = try TestServer(responder: echoResponder) { $0.workers = workers }
        let client = try server.client()
        var ids: Set<String> = []
        for index in 0..<20 {
            let response = try client.request("GET /n\(index) HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(response.text == "GET /n\(index) body=")
            ids.insert(response.header("X-Request-Id") ?? "")
        }
        #expect(ids.count == 20)
    }

    @Test("pipelined requests are answered in order", arguments: handlerShapes)
    func pipelining(workers: Int) throws {
        let server = try TestServer(responder: echoResponder) { $0.workers = workers }
        let client = try server.client()
        let requests = (0..<50).map { index in
            index % 3 == 0
                ? "POST /p\(index) HTTP/1.1\r\nHost: a\r\nContent-Length: \(String(index).count)\r\n\r\n\(index)"
                : "GET /p\(index) HTTP/1.1\r\nHost: a\r\n\r\n"
        }
        try client.send(requests.joined())
        for index in 0..<50 {
            let response = try client.readResponse()
            let body = index % 3 == 0 ? "\(index)" : ""
            #expect(response.text == "\(index % 3 == 0 ? "POST" : "GET") /p\(index) body=\(body)")
        }
    }

    @Test("a chunked request body is decoded", arguments: handlerShapes)
    func chunkedRequestBody(workers: Int) throws {
        let server = try TestServer(responder: echoResponder) { $0.workers = workers }
        let client = try server.client()
        try client.send("POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
        try client.send("5;x=y\r\nhello\r\n")
        try client.send("6\r\n world\r\n0\r\nTrailer: ignored\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.text == "POST /up body=hello world")
        // The connection is still usable after a chunked body.
        #expect(try client.request("GET /after HTTP/1.1\r\nHost: a\r\n\r\n").text == "GET /after body=")
    }

    @Test("a streamed response goes out chunked", arguments: handlerShapes)
    func streamedResponse(workers: Int) throws {
        let server = try TestServer(configure: { $0.workers = workers }) { _ in
            let pieces = Mutex(["first ", "", "second ", "third"])
            let stream = ResponseStream {
                pieces.withLock { $0.isEmpty ? nil : Array($0.removeFirst().utf8) }
            }
            return Response(status: .ok, headers: ["Content-Type": "text/plain"], body: .stream(stream))
        }
        let client = try server.client()
        let response = try client.request("GET /stream HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.header("Content-Length") == nil)
        #expect(response.text == "first second third")
        #expect(String(decoding: response.raw, as: UTF8.self).hasSuffix("5\r\nthird\r\n0\r\n\r\n"))
        #expect(try client.request("GET /again HTTP/1.1\r\nHost: a\r\n\r\n").text == "first second third")
    }

    @Test("a streamed response to HTTP/1.0 is delimited by closing")
    func streamedResponseToHTTP10() throws {
        let server = try TestServer { _ in
            let done = Mutex(false)
            return Response(body: .stream(ResponseStream {
                done.withLock { finished in
                    defer { finished = true }
                    return finished ? nil : Array("old client".utf8)
                }
            }))
        }
        let client = try server.client()
        try client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let raw = String(decoding: try client.readUntilClose(), as: UTF8.self)
        #expect(raw.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(!raw.contains("Transfer-Encoding"))
        #expect(raw.contains("Connection: close\r\n"))
        #expect(raw.hasSuffix("\r\n\r\nold client"))
    }

    @Test("HEAD gets GET's headers and Content-Length but no body", arguments: handlerShapes)
    func head(workers: Int) throws {
        let server = try TestServer(configure: { $0.workers = workers }) { _ in
            Response(text: "twelve bytes")
        }
        let client = try server.client()
        let head = try client.request("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n", isHead: true)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "12")
        #expect(head.body.isEmpty)
        // Nothing but the next response follows: the body really was left out.
        let get = try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(get.text == "twelve bytes")
    }

    @Test("Expect: 100-continue gets 100 before the body is sent")
    func expectContinue() throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        try client.send("POST /u HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let interim = try client.readResponse(skipInterim: false)
        #expect(interim.status == 100)
        try client.send("data")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.text == "POST /u body=data")
    }

    @Test("Expect: 100-continue over the limit gets 413 and no 100")
    func expectContinueOverLimit() throws {
        let responder = ClosureResponder(bodyLimit: { _ in 3 }) { _ in Response(text: "unreachable") }
        let server = try TestServer(responder: responder)
        let client = try server.client()
        try client.send("POST /u HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        let response = try client.readResponse(skipInterim: false)
        #expect(response.status == 413)
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("OPTIONS * is answered 204 with Allow by the server")
    func optionsAsterisk() throws {
        let server = try TestServer { _ in Response(status: .notFound, text: "routed") }
        let client = try server.client()
        let response = try client.request("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(response.status == 204)
        #expect(response.header("Allow") == "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")
        #expect(response.header("Content-Length") == nil)
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 404)
    }

    @Test("absolute-form targets are routed by their path")
    func absoluteForm() throws {
        let server = try TestServer { request in
            Response(text: "\(request.path) \(request.headers["Host"] ?? "-")")
        }
        let client = try server.client()
        let response = try client.request("GET http://proxy.example:81/a/b?q HTTP/1.1\r\nHost: ignored\r\n\r\n")
        #expect(response.text == "/a/b proxy.example:81")
    }

    @Test("Connection: close is honoured")
    func connectionClose() throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        let response = try client.request("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        #expect(response.header("Connection") == "close")
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("HTTP/1.0 closes unless keep-alive is asked for")
    func http10() throws {
        let server = try TestServer(responder: echoResponder)
        let closing = try server.client()
        let first = try closing.request("GET / HTTP/1.0\r\n\r\n")
        #expect(first.header("Connection") == "close")
        #expect(closing.waitForClose(within: .seconds(3)))

        let keeping = try server.client()
        let second = try keeping.request("GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(second.header("Connection") == "keep-alive")
        #expect(try keeping.request("GET /2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").text == "GET /2 body=")
    }

    @Test("a responder's Connection: close closes after its response")
    func responderAsksToClose() throws {
        let server = try TestServer { _ in Response(status: .ok, headers: ["Connection": "close"], body: .bytes([])) }
        let client = try server.client()
        let response = try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(response.headerValues("Connection") == ["close"])
        #expect(client.waitForClose(within: .seconds(3)))
    }

    @Test("server-managed headers from a responder are replaced, not duplicated")
    func serverManagedHeaders() throws {
        let server = try TestServer { _ in
            Response(
                status: .ok,
                headers: ["Content-Length": "999", "X-Request-Id": "mine", "Date": "Mon, 01 Jan 2024 00:00:00 GMT", "X-Evil": "a\r\nInjected: yes"],
                body: .bytes(Array("ok".utf8)))
        }
        let client = try server.client()
        let response = try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(response.headerValues("Content-Length") == ["2"])
        #expect(response.headerValues("X-Request-Id").count == 1)
        #expect(response.headerValues("X-Request-Id") != ["mine"])
        #expect(response.headerValues("Date") == ["Mon, 01 Jan 2024 00:00:00 GMT"])
        #expect(response.header("Injected") == nil)
        #expect(response.text == "ok")
    }

    @Test("204 and 304 carry no body and 204 no Content-Length")
    func bodylessStatuses() throws {
        let server = try TestServer { request in
            Response(status: request.path == "/204" ? .noContent : .notModified, text: "dropped")
        }
        let client = try server.client()
        let noContent = try client.request("GET /204 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(noContent.status == 204)
        #expect(noContent.header("Content-Length") == nil)
        let notModified = try client.request("GET /304 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(notModified.status == 304)
        #expect(notModified.body.isEmpty)
        #expect(try client.request("GET /204 HTTP/1.1\r\nHost: a\r\n\r\n").status == 204)
    }

    @Test("a large body and a file body are sent whole", arguments: handlerShapes)
    func largeBodies(workers: Int) throws {
        let big = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let path = "/tmp/dinsos-http-test-\(UInt64.random(in: 0...UInt64.max)).bin"
        try writeFile(path, big)
        defer { removeFile(path) }
        let server = try TestServer(configure: { $0.workers = workers }) { request in
            request.path == "/file" ? Response(body: .file(path: path, length: big.count)) : Response(body: .bytes(big))
        }
        let client = try server.client()
        try client.send("GET /bytes HTTP/1.1\r\nHost: a\r\n\r\nGET /file HTTP/1.1\r\nHost: a\r\n\r\nHEAD /file HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().body == big)
        #expect(try client.readResponse().body == big)
        let head = try client.readResponse(isHead: true)
        #expect(head.header("Content-Length") == "300000")
        #expect(head.body.isEmpty)
    }

    @Test("a missing file is a 500, not a broken connection")
    func missingFile() throws {
        let server = try TestServer { _ in Response(body: .file(path: "/nonexistent/dinsos", length: 10)) }
        let client = try server.client()
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 500)
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 500)
    }

    @Test("every request gets one access-log line, refused ones included")
    func accessLog() throws {
        let entries = Mutex<[AccessLogEntry]>([])
        let server = try TestServer(responder: echoResponder) { configuration in
            configuration.accessLog = .custom { entry in entries.withLock { $0.append(entry) } }
        }
        let client = try server.client()
        let ok = try client.request("GET /logged?secret=1 HTTP/1.1\r\nHost: a\r\n\r\n")
        let bad = try client.request("GET /x HTTP/1.1\r\n\r\n")
        #expect(bad.status == 400)
        server.stop()
        let logged = entries.withLock { $0 }
        #expect(logged.count == 2)
        let first = try #require(logged.first)
        #expect(first.method == "GET" && first.path == "/logged" && first.status == 200)
        #expect(first.bytes == ok.body.count)
        #expect(first.requestID == ok.header("X-Request-Id"))
        #expect(!first.line.contains("secret"))
        #expect(first.line.hasPrefix(first.timestamp + " " + first.requestID + " GET /logged 200 "))
        #expect(first.line.hasSuffix("ms"))
        #expect(logged.last?.status == 400)
        #expect(logged.last?.requestID == bad.header("X-Request-Id"))
    }
}
