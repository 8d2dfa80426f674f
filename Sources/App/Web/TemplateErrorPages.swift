import HTTPServer
import Mustache
import Web

/// Error pages inside the site layout (Templates/errors/page.mustache).
struct TemplateErrorPages: ErrorPageRenderer {
    let templates: TemplateLibrary

    private struct View: Encodable {
        let heading: String
        let message: String
        let requestID: String
    }

    func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
        let body = try templates.render(
            "errors/page", View(heading: page.title, message: page.message, requestID: page.requestID))
        return .html(bytes: body, status: page.status)
    }
}
