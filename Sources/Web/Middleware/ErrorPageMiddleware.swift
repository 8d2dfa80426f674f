package import HTTPServer

/// Turns anything thrown below it into a page: an `HTTPResponseError` renders itself with its
/// own status; any other error is logged and answered with a 500 page showing only the request id.
package struct ErrorPageMiddleware: Middleware {
    let pages: any ErrorPageRenderer
    let log: ErrorLog

    /// Error pages rendered by `pages`, unexpected errors written to `log`.
    package init(pages: any ErrorPageRenderer = PlainErrorPages(), log: ErrorLog = .standardError) {
        self.pages = pages
        self.log = log
    }

    package func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
        do {
            return try next(request, &context)
        } catch let error as any HTTPResponseError {
            if error.status.code >= 500 { log.record(error, request: request) }
            return error.response(for: request, context: context, pages: pages)
        } catch {
            log.record(error, request: request)
            return internalErrorPage(for: request, context: context)
        }
    }

    func internalErrorPage(for request: Request, context: RequestContext) -> Response {
        ErrorPage(status: .internalServerError, requestID: context.requestID)
            .render(with: pages, request: request, context: context)
    }
}
