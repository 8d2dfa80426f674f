import Core
import HTTPServer
import Web

/// `GET /logo`, public: the instansi's logo from the settings, revalidated on every use (the
/// path stays the same when the admin replaces the logo, the ETag changes); 404 when there is none.
struct LogoController: RouteCollection {
    let settings: SettingsCache
    let attachments: AttachmentService
    let served = ServedLogo()

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/logo", access: .public) { request, _ in
            guard let id = settings.current.logoAttachmentID,
                let contents = try served.contents(id, load: { try attachments.open(id) })
            else { throw HTTPError(.notFound) }
            return contents.response(to: request, cacheControl: "public, no-cache")
        }
    }
}
