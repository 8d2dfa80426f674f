package import Core
package import Database
import HTTPServer
package import Web

/// `GET /verifikasi/{code}`, public (no sign-in, like `/login` and `/logo`): anyone scanning a
/// letter's QR code learns whether the letter is genuine, revoked, or unknown, and nothing more
/// than its number, type, date, issuer and the applicant's masked name.
package struct VerificationController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let settings: SettingsCache

    package init(pool: DatabasePool, pages: PageRenderer, settings: SettingsCache) {
        self.pool = pool
        self.pages = pages
        self.settings = settings
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/verifikasi/:code", access: .public) { _, context in
            let code = try context.parameters.require("code", as: String.self)
            let letter = VerificationCode.isWellFormed(code)
                ? try pool.read { try LetterStore.find(code: code, in: $0) } : nil
            let result = letter.map { VerificationResult($0, timeZone: settings.current.timeZone) } ?? .unknown
            var response = try pages.render(
                "slrt/verifikasi", title: "Verifikasi surat", result, context: context,
                status: result.known ? .ok : .notFound)
            // The answer changes when a letter is revoked; never keep it in a shared cache.
            response.headers.set("Cache-Control", "no-store")
            response.headers.set("X-Robots-Tag", "noindex")
            return response
        }
    }
}
