import App
import Database
import Foundation
import HTTPServer
import Testing
import TestSupport
import Web

/// The real application (templates, static files, database) served over loopback sockets.
@Suite struct ServedApplicationTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let database: TemporaryDatabase
    let server: TestServer

    init() throws {
        database = try TemporaryDatabase()
        let environment = AppEnvironment(
            pool: database.pool,
            templates: try AppEnvironment.loadTemplates(root: Self.root, development: false),
            publicDirectory: Self.root + "/Public", uploadsDirectory: database.directory + "/uploads",
            maxBody: 64 * 1024, development: false)
        server = try TestServer(responder: try buildApplication(environment)) { $0.workers = 2 }
    }

    @Test func healthzAnswersOkWhileTheDatabaseReads() throws {
        let response = try server.client().request("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(response.status == 200)
        #expect(response.text == "ok")
        #expect(response.header("X-Request-Id")?.isEmpty == false)
    }

    @Test func healthzAnswers503WhenTheDatabaseIsGone() throws {
        database.pool.close()
        let response = try server.client().request("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(response.status == 503)
    }

    @Test func homePageSendsAnonymousVisitorsToTheLoginWithSecurityHeaders() throws {
        let response = try server.client().request("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(response.status == 303)
        #expect(response.header("Location") == "/login")
        #expect(response.header("Content-Security-Policy") == "default-src 'self'")
        #expect(response.header("X-Frame-Options") == "DENY")
        #expect(response.header("X-Content-Type-Options") == "nosniff")
        #expect(response.header("Referrer-Policy") == "same-origin")
    }

    @Test func unknownPathIsA404PageInTheLayoutWithTheRequestID() throws {
        let response = try server.client().request("GET /tidak-ada HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(response.status == 404)
        #expect(response.text.contains("Halaman tidak ditemukan"))
        #expect(response.text.contains("/static/css/app.css"))
        let id = try #require(response.header("X-Request-Id"))
        #expect(response.text.contains(id))
        #expect(response.header("Content-Security-Policy") == "default-src 'self'")
    }

    @Test func wrongMethodIs405WithAllow() throws {
        let response = try server.client().request(
            "POST /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
        #expect(response.status == 405)
        #expect(response.header("Allow")?.contains("GET") == true)
    }

    @Test func bodyOverTheLimitIs413EvenOnAnUnknownPath() throws {
        let client = try server.client()
        let response = try client.request(
            "POST /nowhere HTTP/1.1\r\nHost: t\r\nContent-Length: 1000000\r\n\r\n")
        #expect(response.status == 413)
        #expect(client.waitForClose(within: .seconds(2)))
    }

    @Test func staticFilesAreGzippedAndRevalidatedWith304() throws {
        let client = try server.client()
        let first = try client.request(
            "GET /static/css/app.css HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n\r\n")
        #expect(first.status == 200)
        #expect(first.header("Content-Encoding") == "gzip")
        #expect(first.header("Vary")?.contains("Accept-Encoding") == true)
        #expect(Array(first.body.prefix(2)) == [0x1f, 0x8b])
        let etag = try #require(first.header("ETag"))
        let second = try client.request(
            "GET /static/css/app.css HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\nIf-None-Match: \(etag)\r\n\r\n")
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
    }

    @Test func pathTraversalOutOfPublicIsRefused() throws {
        for target in ["/static/../Package.swift", "/static/%2e%2e/Package.swift", "/static/css/..%2f..%2fPackage.swift"] {
            let response = try server.client().request("GET \(target) HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(response.status == 404 || response.status == 400, "\(target)")
            #expect(!response.text.contains("PackageDescription"))
        }
    }
}
