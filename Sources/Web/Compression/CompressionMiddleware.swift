package import HTTPServer

/// When and how hard to gzip dynamic responses.
package struct CompressionOptions: Sendable {
    /// Bodies smaller than this are sent as they are: gzip's framing eats the gain.
    package var minimumSize = 1024
    /// zlib level 1–9; dynamic pages favour speed.
    package var level: Int32 = 5

    package init(minimumSize: Int = 1024, level: Int32 = 5) {
        self.minimumSize = minimumSize
        self.level = level
    }
}

/// gzips compressible in-memory bodies on the way out when the client accepts it.
/// Skips: HEAD, 1xx/204/304, bodies that already have a `Content-Encoding` (precompressed static
/// files), streams and files, small bodies, types that do not compress. Adds `Vary: Accept-Encoding`
/// to every response that could have been compressed, whether or not this one was.
package struct CompressionMiddleware: Middleware {
    let options: CompressionOptions

    /// A gzip step with the given options.
    package init(_ options: CompressionOptions = CompressionOptions()) {
        self.options = options
    }

    package func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
        var response = try next(request, &context)
        guard case .bytes(let body) = response.body, body.count >= options.minimumSize,
            request.method != .HEAD, response.status.code >= 200, response.status.code != 204, response.status.code != 304,
            !response.headers.contains("Content-Encoding"),
            let contentType = response.headers["Content-Type"], MediaTypes.isCompressible(contentType)
        else { return response }

        response.headers.addVary("Accept-Encoding")
        guard AcceptEncoding.allowsGzip(request.headers.values(for: "Accept-Encoding")),
            let compressed = Gzip.compress(body, level: options.level), compressed.count < body.count
        else { return response }

        response.body = .bytes(compressed)
        response.headers.add("Content-Encoding", "gzip")
        // A different representation needs a different strong validator (RFC 9110 §8.8.3).
        if let etag = response.headers["ETag"], etag.hasSuffix("\"") {
            response.headers.set("ETag", String(etag.dropLast()) + "-gz\"")
        }
        return response
    }
}

extension HTTPHeaders {
    /// Adds a token to `Vary` unless it is listed already.
    mutating func addVary(_ token: String) {
        let existing = values(for: "Vary")
        for value in existing {
            for item in value.split(separator: ",") {
                let name = item.trimmingWhitespace()
                if name == "*" || name.caseInsensitiveEquals(token) { return }
            }
        }
        add("Vary", token)
    }
}
