import Core
import Foundation
import HTTPServer
import Web

/// `GET /logo`, public: the instansi's logo from the settings, with its stored content type, a
/// strong ETag from its SHA-256 and revalidation on every use (the path stays the same when
/// the admin replaces the logo); 404 when there is none.
struct LogoController: RouteCollection {
    let settings: SettingsCache
    let attachments: AttachmentService
    let served = ServedLogo()

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/logo", access: .public) { request, _ in try logo(request) }
    }

    private func logo(_ request: Request) throws -> Response {
        guard let id = settings.current.logoAttachmentID,
            let contents = try served.contents(id, load: { try attachments.open(id) })
        else { throw HTTPError(.notFound) }
        let etag = "\"" + contents.attachment.sha256 + "\""
        let validators: HTTPHeaders = ["ETag": etag, "Cache-Control": "public, no-cache"]
        if Self.matches(request.headers.values(for: "If-None-Match"), etag: etag) {
            return Response(status: .notModified, headers: validators)
        }
        var headers = validators
        headers.add("Content-Type", contents.attachment.contentType.rawValue)
        return Response(status: .ok, headers: headers, body: .bytes(contents.bytes))
    }

    /// RFC 9110 §13.1.2: If-None-Match compares weakly (a `W/` prefix is ignored); `*` matches
    /// any current representation.
    static func matches(_ values: [String], etag: String) -> Bool {
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
