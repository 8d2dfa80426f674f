package import HTTPServer
package import Web

/// The error page renderer that answers requests under `/api` in the API's JSON shape and
/// hands every other request to `pages`. This covers what the API's own middleware never sees:
/// the router's 404 and 405, unexpected 500s, and the server's 413 for a body over the limit.
package struct APIErrorPages: ErrorPageRenderer {
    let pages: any ErrorPageRenderer

    package init(wrapping pages: any ErrorPageRenderer) {
        self.pages = pages
    }

    package func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
        guard APIPaths.isAPI(request.path) else { return try pages.render(page, for: request, context: context) }
        return APIError(page.status, message: page.message).response(requestID: context.requestID)
    }

    package func refusal(_ page: ErrorPage, for head: RequestHead) -> Response? {
        guard APIPaths.isAPI(head.path) else { return pages.refusal(page, for: head) }
        return APIError(page.status, message: page.message).response(requestID: page.requestID)
    }
}
