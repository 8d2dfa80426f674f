package import HTTPServer
import Synchronization

/// Serves the Public folder under `/static/`: files read once and kept in memory with a gzip
/// variant, strong ETags, Last-Modified, 304s, no directory listings, nothing outside the folder.
package struct StaticFiles: RouteCollection, Sendable {
    /// Where and how the files are served.
    package struct Options: Sendable {
        package var urlPrefix = "/static"
        package var cacheControl = "public, max-age=3600"
        /// Re-check each file's modification time on every request and pick up new files.
        package var development = false
        /// Larger files are not kept in memory but sent from disk (and not compressed).
        package var maxCachedFileSize = 8 * 1024 * 1024

        package init(
            urlPrefix: String = "/static", cacheControl: String = "public, max-age=3600", development: Bool = false
        ) {
            self.urlPrefix = urlPrefix
            self.cacheControl = development ? "no-cache" : cacheControl
            self.development = development
        }
    }

    private let options: Options
    private let store: StaticFileStore

    /// Loads every file under `directory`; fails when the folder does not exist.
    package init(directory: String, options: Options = Options()) throws(StaticFilesError) {
        guard let root = FileIO.resolvedPath(directory), FileIO.isDirectory(root) else { throw .notADirectory(directory) }
        self.options = options
        let loader = StaticFileLoader(
            root: root, cacheControl: options.cacheControl, maxCachedFileSize: options.maxCachedFileSize)
        store = StaticFileStore(loader: loader, development: options.development)
    }

    /// `GET <prefix>/*path`, public and answered on the I/O loop.
    package func addRoutes(to routes: inout RouteBuilder) {
        routes.add(.GET, options.urlPrefix + "/*path", access: .public, inline: true) { request, context in
            try respond(to: request, segments: context.parameters.catchAll)
        }
    }

    /// Answers for the decoded path segments after the prefix; 404 for anything not served.
    package func respond(to request: Request, segments: [String]) throws(HTTPError) -> Response {
        guard !segments.isEmpty, segments.allSatisfy(StaticFiles.isServableSegment),
            let file = store.file(segments.joined(separator: "/"))
        else { throw HTTPError(.notFound) }

        var variant = file.identity
        if let gzip = file.gzip, AcceptEncoding.allowsGzip(request.headers.values(for: "Accept-Encoding")) {
            variant = gzip
        }
        if StaticFiles.isNotModified(request.headers, etag: variant.etag, lastModified: file.lastModified) {
            return Response(status: .notModified, headers: variant.notModifiedHeaders)
        }
        return Response(status: .ok, headers: variant.headers, body: variant.body)
    }

    /// Refuses `..`, `.`, hidden names, and segments that smuggled a separator or NUL through
    /// percent-encoding (`%2F`, `%5C`, `%00`).
    static func isServableSegment(_ segment: String) -> Bool {
        guard let first = segment.utf8.first, first != UInt8(ascii: ".") else { return false }
        return !segment.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 }
    }

    /// RFC 9110 §13.1.2 and §13.2.2: If-None-Match decides when present (weak comparison);
    /// only without it does If-Modified-Since count.
    static func isNotModified(_ headers: HTTPHeaders, etag: String, lastModified: Int64) -> Bool {
        let noneMatch = headers.values(for: "If-None-Match")
        if !noneMatch.isEmpty {
            let opaque = etag.hasPrefix("W/") ? etag.dropFirst(2) : etag[...]
            for value in noneMatch {
                for candidate in value.split(separator: ",") {
                    let tag = candidate.trimmingWhitespace()
                    if tag == "*" { return true }
                    if (tag.hasPrefix("W/") ? tag.dropFirst(2) : tag[...]) == opaque { return true }
                }
            }
            return false
        }
        guard let since = headers["If-Modified-Since"], let date = HTTPDate.parse(since) else { return false }
        return lastModified <= date
    }
}

/// The Public folder could not be opened.
package enum StaticFilesError: Error, Sendable, Equatable {
    case notADirectory(String)
}

/// The loaded files. In production the set is fixed at start-up and read without a lock; in
/// development it sits behind a `Mutex` and each hit re-checks the file on disk.
final class StaticFileStore: Sendable {
    private let loader: StaticFileLoader
    private let development: Bool
    private let frozen: [String: StaticFile]
    private let live: Mutex<[String: StaticFile]>

    init(loader: StaticFileLoader, development: Bool) {
        self.loader = loader
        self.development = development
        let files = loader.loadAll()
        frozen = development ? [:] : files
        live = Mutex(development ? files : [:])
    }

    func file(_ key: String) -> StaticFile? {
        guard development else { return frozen[key] }
        let current = loader.currentFingerprint(key)
        if let cached = live.withLock({ $0[key] }), cached.fingerprint == current { return cached }
        let loaded = current == nil ? nil : loader.load(key)
        live.withLock { $0[key] = loaded }
        return loaded
    }
}
