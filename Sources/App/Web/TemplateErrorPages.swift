import Core
import HTTPServer
import Web

/// Error pages inside the site layout (Templates/errors/page.mustache), with the signed-in
/// user's menu when the session layer found one.
struct TemplateErrorPages: ErrorPageRenderer {
    let pages: PageRenderer

    private struct View: Encodable {
        let heading: String
        let message: String
        let requestID: String
    }

    func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
        var response = try pages.render(
            "errors/page", title: page.title,
            View(heading: page.title, message: page.message, requestID: page.requestID),
            context: context, status: page.status)
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
