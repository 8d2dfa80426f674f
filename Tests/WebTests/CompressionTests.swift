import HTTPServer
import Testing
import Web

@Suite struct CompressionTests {
    private static let page = "<!DOCTYPE html><html><body>" + String(repeating: "<p>Keluarga penerima bantuan</p>\n", count: 80) + "</body></html>"

    private func application(_ build: (inout RouteBuilder) -> Void) throws -> Application {
        var builder = RouteBuilder()
        build(&builder)
        return try Application(routes: builder, configuration: .testing())
    }

    private func pageApp() throws -> Application {
        try application {
            $0.get("/besar", access: .public) { _, _ in .html(Self.page) }
            $0.get("/kecil", access: .public) { _, _ in .html("<p>kecil</p>") }
        }
    }

    @Test func largeHTMLIsGzippedAndInflatesBack() throws {
        let response = try pageApp().respond(to: makeRequest(.GET, "/besar", headers: ["Accept-Encoding": "gzip, deflate, br"]))
        #expect(response.headers["Content-Encoding"] == "gzip")
        #expect(response.all("Vary") == ["Accept-Encoding"])
        #expect(response.bodyBytes.count < Self.page.utf8.count)
        #expect(inflate(response.bodyBytes) == Array(Self.page.utf8))
    }

    @Test func smallBodiesAreLeftAlone() throws {
        let response = try pageApp().respond(to: makeRequest(.GET, "/kecil", headers: ["Accept-Encoding": "gzip"]))
        #expect(response.headers["Content-Encoding"] == nil)
        #expect(response.bodyText == "<p>kecil</p>")
    }

    @Test(arguments: ["gzip;q=0", "gzip; q=0.000, *", "identity", "br", "*;q=0", ""])
    func refusedEncodingsMeanNoGzipButStillVary(acceptEncoding: String) throws {
        let response = try pageApp().respond(to: makeRequest(.GET, "/besar", headers: ["Accept-Encoding": acceptEncoding]))
        #expect(response.headers["Content-Encoding"] == nil)
        #expect(response.bodyText == Self.page)
        #expect(response.all("Vary") == ["Accept-Encoding"])
    }

    @Test func noAcceptEncodingMeansNoGzip() throws {
        let response = try pageApp().respond(to: makeRequest(.GET, "/besar"))
        #expect(response.headers["Content-Encoding"] == nil)
    }

    @Test(arguments: [
        ("gzip", true), ("GZIP", true), ("x-gzip", true), ("gzip;q=0.5", true), ("gzip ; Q=1", true),
        ("gzip;q=0.001", true), ("*", true), ("*;q=0.1", true), ("br, *", true), ("deflate, gzip;q=1.0", true),
        ("gzip;q=0", false), ("gzip;q=0.0", false), ("gzip;q=0, *", false), ("*;q=0", false), ("identity", false),
        ("deflate", false), ("gzip;q=abc", false), ("", false),
    ])
    func acceptEncodingQValues(header: String, allowed: Bool) throws {
        let response = try pageApp().respond(to: makeRequest(.GET, "/besar", headers: ["Accept-Encoding": header]))
        #expect((response.headers["Content-Encoding"] == "gzip") == allowed)
    }

    @Test func headAndBodilessStatusesAreNotCompressed() throws {
        let app = try application {
            $0.get("/besar", access: .public) { _, _ in .html(Self.page) }
            $0.get("/kosong", access: .public) { _, _ in Response(status: .noContent, headers: ["Content-Type": "text/html"], body: .bytes(Array(Self.page.utf8))) }
            $0.get("/sama", access: .public) { _, _ in Response(status: .notModified, headers: ["Content-Type": "text/html"], body: .bytes(Array(Self.page.utf8))) }
        }
        let gzip: HTTPHeaders = ["Accept-Encoding": "gzip"]
        #expect(app.respond(to: makeRequest(.HEAD, "/besar", headers: gzip)).headers["Content-Encoding"] == nil)
        #expect(app.respond(to: makeRequest(.GET, "/kosong", headers: gzip)).headers["Content-Encoding"] == nil)
        #expect(app.respond(to: makeRequest(.GET, "/sama", headers: gzip)).headers["Content-Encoding"] == nil)
    }

    @Test func alreadyEncodedStreamsFilesAndImagesAreSkipped() throws {
        let big = [UInt8](repeating: 0x41, count: 5000)
        let app = try application {
            $0.get("/sudah", access: .public) { _, _ in
                Response(status: .ok, headers: ["Content-Type": "text/plain", "Content-Encoding": "br"], body: .bytes(big))
            }
            $0.get("/gambar", access: .public) { _, _ in Response(contentType: "image/png", body: big) }
            $0.get("/ekspor", access: .public) { _, _ in
                var sent = false
                return .stream(contentType: "text/csv") {
                    defer { sent = true }
                    return sent ? nil : big
                }
            }
            $0.get("/berkas", access: .public) { _, _ in
                Response(status: .ok, headers: ["Content-Type": "text/plain"], body: .file(path: "/tmp/x", length: 5000))
            }
        }
        let gzip: HTTPHeaders = ["Accept-Encoding": "gzip"]
        #expect(app.respond(to: makeRequest(.GET, "/sudah", headers: gzip)).all("Content-Encoding") == ["br"])
        for path in ["/gambar", "/ekspor", "/berkas"] {
            let response = app.respond(to: makeRequest(.GET, path, headers: gzip))
            #expect(response.headers["Content-Encoding"] == nil, "\(path)")
            #expect(response.headers["Vary"] == nil, "\(path)")
        }
    }

    @Test func compressibleTypes() throws {
        let body = Array(String(repeating: "{\"a\":1}", count: 400).utf8)
        for type in ["application/json", "application/problem+json", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/xml"] {
            let app = try application { $0.get("/x", access: .public) { _, _ in Response(contentType: type, body: body) } }
            let response = app.respond(to: makeRequest(.GET, "/x", headers: ["Accept-Encoding": "gzip"]))
            #expect(response.headers["Content-Encoding"] == "gzip", "\(type)")
            #expect(inflate(response.bodyBytes) == body, "\(type)")
        }
    }

    @Test func existingVaryAndETagAreAdjusted() throws {
        let app = try application {
            $0.get("/x", access: .public) { _, _ in
                var response = Response.html(Self.page)
                response.headers.add("Vary", "Cookie")
                response.headers.add("ETag", "\"v1\"")
                return response
            }
        }
        let response = app.respond(to: makeRequest(.GET, "/x", headers: ["Accept-Encoding": "gzip"]))
        #expect(response.all("Vary") == ["Cookie", "Accept-Encoding"])
        #expect(response.headers["ETag"] == "\"v1-gz\"")
    }

    @Test func gzipCanBeTurnedOff() throws {
        var builder = RouteBuilder()
        builder.get("/besar", access: .public) { _, _ in .html(Self.page) }
        var configuration = ApplicationConfiguration.testing()
        configuration.compression = nil
        let app = try Application(routes: builder, configuration: configuration)
        #expect(app.respond(to: makeRequest(.GET, "/besar", headers: ["Accept-Encoding": "gzip"])).headers["Content-Encoding"] == nil)
    }

    @Test func gzipRoundTripsManySizesConcurrently() async throws {
        await withTaskGroup(of: Bool.self) { group in
            for size in [0, 1, 100, 1023, 1024, 65_536, 300_000] {
                group.addTask {
                    let input = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
                    guard let compressed = Gzip.compress(input) else { return false }
                    return inflate(compressed) == input && compressed.starts(with: [0x1F, 0x8B])
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
