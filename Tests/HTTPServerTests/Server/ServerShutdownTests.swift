import Glibc
import HTTPServer
import TestSupport
import Testing

@Suite("Graceful shutdown")
struct ServerShutdownTests {
    @Test("an in-flight request finishes during shutdown", arguments: handlerShapes)
    func inFlightRequestFinishes(workers: Int) throws {
        let started = Signal()
        let server = try TestServer(configure: { $0.workers = workers }) { request in
            if request.path == "/slow" {
                started.raise()
                usleep(300_000)
            }
            return Response(text: "done \(request.path)")
        }
        let idle = try server.client()
        #expect(try idle.request("GET /warm HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        let client = try server.client()
        try client.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(started.wait())
        let start = ContinuousClock.now
        server.server.beginShutdown()
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "done /slow")
        server.server.waitUntilStopped()
        #expect(ContinuousClock.now - start < .seconds(3))
        #expect(client.waitForClose(within: .seconds(1)))
        #expect(idle.waitForClose(within: .seconds(1)))
        #expect(throws: RawHTTPClient.ClientError.self) { try RawHTTPClient(port: server.port) }
    }

    @Test("connections still busy when the grace period ends are closed")
    func gracePeriodIsBounded() throws {
        let started = Signal()
        let server = try TestServer(configure: { configuration in
            configuration.workers = 1
            configuration.shutdownGracePeriod = .milliseconds(300)
        }) { _ in
            started.raise()
            usleep(1_500_000)
            return Response(text: "too late")
        }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(started.wait())
        let start = ContinuousClock.now
        server.server.beginShutdown()
        #expect(client.waitForClose(within: .seconds(3)))
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(250))
        #expect(elapsed < .milliseconds(1_200))
        // The stop completes once the handler, which cannot be interrupted, has returned.
        server.server.waitUntilStopped()
    }

    @Test("stopping a server with nothing in flight is quick")
    func quickStop() throws {
        let server = try TestServer(responder: echoResponder)
        let client = try server.client()
        #expect(try client.request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").status == 200)
        let start = ContinuousClock.now
        server.stop()
        #expect(ContinuousClock.now - start < .milliseconds(500))
    }

    @Test("a server that never started stops at once, and cannot start twice")
    func lifecycle() throws {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.accessLog = .none
        let never = Server(configuration: configuration, responder: echoResponder)
        never.shutdown()

        let server = Server(configuration: configuration, responder: echoResponder)
        try server.start()
        #expect(server.port != 0)
        #expect(throws: ServerError.alreadyStarted) { try server.start() }
        server.shutdown()
    }

    @Test("binding a port in use is an error, not a silent share")
    func portInUse() throws {
        let first = try TestServer(responder: echoResponder)
        var configuration = ServerConfiguration()
        configuration.port = first.port
        configuration.accessLog = .none
        let second = Server(configuration: configuration, responder: echoResponder)
        #expect(throws: ServerError.addressInUse(host: "127.0.0.1", port: first.port)) { try second.start() }
        #expect(throws: ServerError.invalidHost("not-an-address")) {
            var bad = configuration
            bad.host = "not-an-address"
            try Server(configuration: bad, responder: echoResponder).start()
        }
    }
}

@Suite("Shutdown signals")
struct ShutdownSignalTests {
    @Test("SIGTERM starts a graceful shutdown that still answers the request in flight")
    func sigterm() throws {
        let started = Signal()
        let server = try TestServer { _ in
            started.raise()
            usleep(300_000)
            return Response(text: "finished")
        }
        try installShutdownSignalHandlers(for: server.server)
        defer {
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
        }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(started.wait())
        // Process-directed, as `kill` from outside sends it (raise would target this thread only).
        kill(getpid(), SIGTERM)
        let response = try client.readResponse()
        #expect(response.text == "finished")
        server.server.waitUntilStopped()
        #expect(throws: RawHTTPClient.ClientError.self) { try RawHTTPClient(port: server.port) }
    }
}
