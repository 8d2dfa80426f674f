import Foundation
import HTTPServer
import Testing
import Web

/// A Public folder with a secret beside it, and symlinks pointing inside and outside.
private struct PublicFolder {
    let base: TemporaryDirectory
    var publicPath: String { base.path + "/Public" }
    static let css = String(repeating: ".kartu { margin: 0 auto; padding: 1rem; }\n", count: 60)

    init() throws {
        base = try TemporaryDirectory()
        try base.write("secret.txt", "kata sandi basis data")
        try base.write("Public/css/app.css", Self.css)
        try base.write("Public/js/app.js", "document.querySelector('form');")
        try base.write("Public/img/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try base.write("Public/img/ikon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try base.write("Public/favicon.ico", [0, 0, 1, 0])
        try base.write("Public/fonts/inter.woff2", [0x77, 0x4F, 0x46, 0x32])
        try base.write("Public/robots.txt", "User-agent: *\n")
        try base.write("Public/docs/panduan.pdf", Array("%PDF-1.4".utf8))
        try base.write("Public/data/desa.json", "[]")
        try base.write("Public/site.webmanifest", "{}")
        try base.write("Public/unduh.bin", [1, 2, 3])
        try base.write("Public/.env", "SECRET=1")
        try base.symlink("Public/bocor.txt", to: base.path + "/secret.txt")
        try base.symlink("Public/bocor-relatif.txt", to: "../secret.txt")
        try base.symlink("Public/alias.css", to: "css/app.css")
        try base.symlink("Public/luar", to: base.path)
    }

    func files(development: Bool = false) throws -> StaticFiles {
        try StaticFiles(directory: publicPath, options: .init(development: development))
    }

    func application(development: Bool = false) throws -> Application {
        var builder = RouteBuilder()
        builder.add(try files(development: development))
        return try Application(routes: builder, configuration: .testing())
    }
}

@Suite struct StaticFilesTests {
    @Test(arguments: [
        ("css/app.css", "text/css; charset=utf-8"),
        ("js/app.js", "text/javascript; charset=utf-8"),
        ("img/logo.png", "image/png"),
        ("img/ikon.svg", "image/svg+xml"),
        ("favicon.ico", "image/vnd.microsoft.icon"),
        ("fonts/inter.woff2", "font/woff2"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("docs/panduan.pdf", "application/pdf"),
        ("data/desa.json", "application/json"),
        ("site.webmanifest", "application/manifest+json"),
        ("unduh.bin", "application/octet-stream"),
        ("alias.css", "text/css; charset=utf-8"),
    ])
    func filesAreServedWithTheirMediaType(path: String, contentType: String) throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let response = try folder.application().respond(to: makeRequest(.GET, "/static/" + path))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == contentType)
        #expect(response.bodyBytes == Array(FileManager.default.contents(atPath: folder.publicPath + "/" + path) ?? Data()))
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
    }

    @Test func validatorsAndCaching() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let response = try folder.application().respond(to: makeRequest(.GET, "/static/js/app.js"))
        let etag = try #require(response.headers["ETag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        let lastModified = try #require(response.headers["Last-Modified"])
        #expect(HTTPDate.parse(lastModified) != nil)
        #expect(response.headers["Cache-Control"] == "public, max-age=3600")
    }

    @Test func etagChangesWithContent() throws {
        let first = try PublicFolder()
        defer { first.base.remove() }
        let second = try PublicFolder()
        defer { second.base.remove() }
        try second.base.write("Public/js/app.js", "document.querySelector('nav');")
        let a = try first.application().respond(to: makeRequest(.GET, "/static/js/app.js")).headers["ETag"]
        let b = try second.application().respond(to: makeRequest(.GET, "/static/js/app.js")).headers["ETag"]
        #expect(a != b)
    }

    @Test func ifNoneMatchGivesA304() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        let etag = try #require(app.respond(to: makeRequest(.GET, "/static/js/app.js")).headers["ETag"])
        for header in [etag, "\"other\", \(etag)", "W/\(etag)", "*"] {
            let response = app.respond(to: makeRequest(.GET, "/static/js/app.js", headers: ["If-None-Match": header]))
            #expect(response.status == .notModified, "\(header)")
            #expect(response.body.knownLength == 0)
            #expect(response.headers["ETag"] == etag)
            #expect(response.headers["Content-Type"] == nil)
        }
        let head = app.respond(to: makeRequest(.HEAD, "/static/js/app.js", headers: ["If-None-Match": etag]))
        #expect(head.status == .notModified)
    }

    @Test func ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        let response = app.respond(
            to: makeRequest(
                .GET, "/static/js/app.js",
                headers: ["If-None-Match": "\"stale\"", "If-Modified-Since": "Fri, 31 Dec 2099 23:59:59 GMT"]))
        #expect(response.status == .ok)
    }

    @Test func ifModifiedSince() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        let lastModified = try #require(app.respond(to: makeRequest(.GET, "/static/robots.txt")).headers["Last-Modified"])
        let seconds = try #require(HTTPDate.parse(lastModified))
        let cases: [(String, HTTPStatus)] = [
            (lastModified, .notModified),
            (HTTPDate.format(seconds + 60), .notModified),
            (HTTPDate.format(seconds - 60), .ok),
            ("not a date", .ok),
        ]
        for (since, status) in cases {
            let response = app.respond(to: makeRequest(.GET, "/static/robots.txt", headers: ["If-Modified-Since": since]))
            #expect(response.status == status, "\(since)")
        }
    }

    @Test func compressibleFilesHaveACachedGzipVariantWithItsOwnETag() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        let plain = app.respond(to: makeRequest(.GET, "/static/css/app.css"))
        let gzip = app.respond(to: makeRequest(.GET, "/static/css/app.css", headers: ["Accept-Encoding": "gzip"]))
        #expect(plain.headers["Content-Encoding"] == nil)
        #expect(plain.all("Vary") == ["Accept-Encoding"])
        #expect(gzip.headers["Content-Encoding"] == "gzip")
        #expect(gzip.all("Vary") == ["Accept-Encoding"])
        let plainTag = try #require(plain.headers["ETag"])
        #expect(gzip.headers["ETag"] == String(plainTag.dropLast()) + "-gz\"")
        #expect(inflate(gzip.bodyBytes) == Array(PublicFolder.css.utf8))
        let again = app.respond(to: makeRequest(.GET, "/static/css/app.css", headers: ["Accept-Encoding": "gzip"]))
        #expect(again.bodyBytes == gzip.bodyBytes)
        let revalidated = app.respond(
            to: makeRequest(.GET, "/static/css/app.css", headers: ["Accept-Encoding": "gzip", "If-None-Match": gzip.headers["ETag"] ?? ""]))
        #expect(revalidated.status == .notModified)
        #expect(revalidated.all("Vary") == ["Accept-Encoding"])
        // The identity ETag does not validate the gzip variant.
        let mismatched = app.respond(
            to: makeRequest(.GET, "/static/css/app.css", headers: ["Accept-Encoding": "gzip", "If-None-Match": plainTag]))
        #expect(mismatched.status == .ok)
    }

    @Test func smallOrIncompressibleFilesHaveNoGzipVariant() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        for path in ["/static/js/app.js", "/static/img/logo.png"] {
            let response = app.respond(to: makeRequest(.GET, path, headers: ["Accept-Encoding": "gzip"]))
            #expect(response.headers["Content-Encoding"] == nil)
            #expect(response.headers["Vary"] == nil)
        }
    }

    @Test(arguments: [
        "/static/../secret.txt",
        "/static/css/../../secret.txt",
        "/static/%2e%2e/secret.txt",
        "/static/%2E%2E/%2e%2e/secret.txt",
        "/static/..%2fsecret.txt",
        "/static/css%2f..%2f..%2fsecret.txt",
        "/static/css%2Fapp.css",
        "/static/..%5csecret.txt",
        "/static/css%5capp.css",
        "/static/css/app.css%00",
        "/static/css/app.css%00.png",
        "/static/bocor.txt",
        "/static/bocor-relatif.txt",
        "/static/luar/secret.txt",
        "/static/luar/Public/robots.txt",
        "/static/.env",
        "/static/css",
        "/static/css/",
        "/static/img",
        "/static/",
        "/static",
        "/static/./robots.txt",
        "/static/tidak-ada.css",
    ])
    func nothingOutsideThePublicFolderAndNoDirectories(path: String) throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        for development in [false, true] {
            let response = try folder.application(development: development).respond(to: makeRequest(.GET, path))
            #expect(response.status == .notFound, "\(path) development=\(development)")
            #expect(!response.bodyText.contains("kata sandi"))
        }
    }

    @Test func servedOnTheIOLoopAndPublic() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        var builder = RouteBuilder()
        builder.add(try folder.files())
        let router = try Router(builder)
        #expect(router.routes.map(\.description) == ["GET /static/*path"])
        #expect(router.routes.first?.access == .public)
        #expect(try folder.application().answersInline(makeRequest(.GET, "/static/css/app.css").head))
    }

    @Test func productionServesWhatWasThereAtStartUp() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application()
        try folder.base.write("Public/robots.txt", "berubah")
        try folder.base.write("Public/baru.txt", "baru")
        #expect(app.respond(to: makeRequest(.GET, "/static/robots.txt")).bodyText == "User-agent: *\n")
        #expect(app.respond(to: makeRequest(.GET, "/static/baru.txt")).status == .notFound)
    }

    @Test func developmentRechecksFilesOnEveryRequest() throws {
        let folder = try PublicFolder()
        defer { folder.base.remove() }
        let app = try folder.application(development: true)
        let before = app.respond(to: makeRequest(.GET, "/static/robots.txt"))
        #expect(before.headers["Cache-Control"] == "no-cache")
        try folder.base.write("Public/robots.txt", "User-agent: *\nDisallow: /\n")
        let after = app.respond(to: makeRequest(.GET, "/static/robots.txt"))
        #expect(after.bodyText == "User-agent: *\nDisallow: /\n")
        #expect(after.headers["ETag"] != before.headers["ETag"])
        try folder.base.write("Public/baru.txt", "baru")
        #expect(app.respond(to: makeRequest(.GET, "/static/baru.txt")).bodyText == "baru")
        try FileManager.default.removeItem(atPath: folder.publicPath + "/baru.txt")
        #expect(app.respond(to: makeRequest(.GET, "/static/baru.txt")).status == .notFound)
    }

    @Test func aMissingFolderFailsAtStartUp() {
        #expect(throws: StaticFilesError.self) { try StaticFiles(directory: "/nonexistent/Public") }
    }
}
