package import HTTPServer

/// The rest of the chain as seen from one middleware.
package typealias NextResponder = (Request, inout RequestContext) throws -> Response

/// A small step around the handler: look at the request, call `next` (or not), adjust the response.
package protocol Middleware: Sendable {
    func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response
}

/// A chain of middleware composed once at start-up into one closure.
typealias ComposedResponder = @Sendable (Request, inout RequestContext) throws -> Response

enum MiddlewareChain {
    /// `middleware[0]` runs first (outermost); `terminal` runs last.
    static func compose(_ middleware: [any Middleware], around terminal: @escaping ComposedResponder)
        -> ComposedResponder
    {
        var responder = terminal
        for step in middleware.reversed() {
            let next = responder
            responder = { request, context in try step.handle(request, &context, next: next) }
        }
        return responder
    }
}
