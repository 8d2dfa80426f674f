import CSystem
import Glibc
import HTTPServer
import Synchronization
import TestSupport
import Testing

/// The name of the calling thread (`http-loop-0`, `http-worker-1`).
func currentThreadName() -> String {
    var name = [CChar](repeating: 0, count: 32)
    _ = csystem_get_thread_name(&name, name.count)
    return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

@Suite("Where handlers run")
struct HandlerShapeTests {
    @Test("without workers, handlers run on the loop threads")
    func loopShape() throws {
        let server = try TestServer(configure: { $0.workers = 0 }) { _ in Response(text: currentThreadName()) }
        let client = try server.client()
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").text.hasPrefix("http-loop-"))
    }

    @Test("with workers, handlers run on the pool unless the responder answers inline")
    func workerShape() throws {
        let responder = ClosureResponder(answersInline: { $0.path == "/healthz" }) { _ in
            Response(text: currentThreadName())
        }
        let server = try TestServer(responder: responder) { $0.workers = 2 }
        let client = try server.client()
        #expect(try client.request("GET /work HTTP/1.1\r\nHost: a\r\n\r\n").text.hasPrefix("http-worker-"))
        #expect(try client.request("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n").text.hasPrefix("http-loop-"))
        // Pipelined mix of both: still answered in order.
        try client.send("GET /work HTTP/1.1\r\nHost: a\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\nGET /work HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text.hasPrefix("http-worker-"))
        #expect(try client.readResponse().text.hasPrefix("http-loop-"))
        #expect(try client.readResponse().text.hasPrefix("http-worker-"))
    }

    @Test("with workers, a slow handler does not hold up other clients")
    func slowHandlerDoesNotStallOthers() throws {
        let started = Signal()
        let server = try TestServer(configure: { $0.workers = 2; $0.eventLoops = 1 }) { request in
            if request.path == "/slow" {
                started.raise()
                usleep(1_000_000)
            }
            return Response(text: "ok")
        }
        let slow = try server.client()
        try slow.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(started.wait())
        let fast = try server.client()
        let start = ContinuousClock.now
        for _ in 0..<20 {
            #expect(try fast.request("GET /fast HTTP/1.1\r\nHost: a\r\n\r\n").text == "ok")
        }
        #expect(ContinuousClock.now - start < .milliseconds(700))
        #expect(try slow.readResponse().text == "ok")
    }

    @Test("a full worker queue is answered 503 with Retry-After, and the connection stays usable")
    func fullQueue() throws {
        let server = try TestServer(configure: { $0.workers = 1; $0.workerQueueDepth = 1; $0.eventLoops = 1 }) { request in
            if request.path == "/slow" { usleep(400_000) }
            return Response(text: "ok")
        }
        let clients = try (0..<4).map { _ in try server.client() }
        for client in clients {
            try client.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
            usleep(20_000)
        }
        let responses = try clients.map { try $0.readResponse() }
        let refused = responses.filter { $0.status == 503 }
        #expect(!refused.isEmpty)
        #expect(refused.allSatisfy { $0.header("Retry-After") == "1" && $0.header("Connection") == nil })
        #expect(responses.allSatisfy { $0.status == 200 || $0.status == 503 })
        let refusedClient = try #require(zip(clients, responses).first { $0.1.status == 503 }?.0)
        #expect(try refusedClient.request("GET /fast HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
    }

    @Test("a late worker reply for a closed connection is dropped safely")
    func lateReply() throws {
        let started = Signal()
        let server = try TestServer(configure: { $0.workers = 1 }) { request in
            if request.path == "/slow" {
                started.raise()
                usleep(200_000)
            }
            return Response(text: "ok")
        }
        let gone = try server.client()
        try gone.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(started.wait())
        gone.close()
        // New connections may reuse the descriptor number; they must not get the old reply.
        let clients = try (0..<5).map { _ in try server.client() }
        usleep(300_000)
        for (index, client) in clients.enumerated() {
            #expect(try client.request("GET /n\(index) HTTP/1.1\r\nHost: a\r\n\r\n").text == "ok")
        }
    }
}
