package import HTTPServer
package import Web

/// The error page renderer that answers requests under `/api` in the API's JSON shape and
/// hands every other request to `pages`. This covers what the API's own middleware never sees:
/// the router's 404 and 405 and unexpected 500s.
package struct APIErrorPages: ErrorPageRenderer {
    let pages: any ErrorPageRenderer

    package init(wrapping pages: any ErrorPageRenderer) {
        self.pages = pages
    }

    package func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
        guard APIPaths.isAPI(request.path) else { return try pages.render(page, for: request, context: context) }
        return APIError(page.status, message: page.message).response(requestID: context.requestID)
    }
}
