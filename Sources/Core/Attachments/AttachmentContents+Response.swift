import Foundation
package import HTTPServer
import Web

extension AttachmentContents {
    /// The answer serving this file, once the route has decided the viewer may see its owner:
    /// its stored content type, a strong ETag from its SHA-256, `cacheControl`, and
    /// `Content-Disposition: inline` with the uploader's file name; 304 when the request's
    /// `If-None-Match` names the ETag already.
    package func response(to request: Request, cacheControl: String = "private, no-cache") -> Response {
        let etag = "\"" + attachment.sha256 + "\""
        let validators: HTTPHeaders = ["ETag": etag, "Cache-Control": cacheControl]
        if Self.ifNoneMatch(request.headers.values(for: "If-None-Match"), matches: etag) {
            return Response(status: .notModified, headers: validators)
        }
        var headers = validators
        headers.add("Content-Type", attachment.contentType.rawValue)
        headers.add("Content-Disposition", ContentDisposition.inline(filename: attachment.fileName))
        return Response(status: .ok, headers: headers, body: .bytes(bytes))
    }

    /// RFC 9110 §13.1.2: If-None-Match compares weakly (a `W/` prefix is ignored) against each
    /// listed tag; `*` matches any current representation.
    static func ifNoneMatch(_ values: [String], matches etag: String) -> Bool {
        for value in values {
            for candidate in value.split(separator: ",") {
                var tag = candidate.trimmingCharacters(in: .whitespaces)
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag.removeFirst(2) }
                if tag == etag { return true }
            }
        }
        return false
    }
}
