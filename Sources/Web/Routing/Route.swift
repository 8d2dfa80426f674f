package import HTTPServer

/// What a route runs: synchronous, because handlers call SQLite, which blocks.
package typealias RouteHandler = @Sendable (Request, inout RequestContext) throws -> Response

/// One entry of the route table, as written by a controller. A class, so that handing the
/// matched route to each request's context costs one reference, not a copy of every field.
package final class Route: Sendable, CustomStringConvertible {
    package let method: HTTPMethod
    package let pattern: RoutePattern
    /// Who may call it; checked by the application's `RouteGuard`.
    package let access: RouteAccess
    /// The largest request body this route accepts; nil means the application's global limit.
    package let bodyLimit: Int?
    /// Cheap enough to answer on the I/O loop (static files, /healthz).
    package let answersInline: Bool
    /// Middleware from the enclosing groups, outermost first; runs before the route guard.
    package let middleware: [any Middleware]
    package let handler: RouteHandler

    package init(
        method: HTTPMethod, pattern: RoutePattern, access: RouteAccess, bodyLimit: Int? = nil,
        answersInline: Bool = false, middleware: [any Middleware] = [], handler: @escaping RouteHandler
    ) {
        self.method = method
        self.pattern = pattern
        self.access = access
        self.bodyLimit = bodyLimit
        self.answersInline = answersInline
        self.middleware = middleware
        self.handler = handler
    }

    /// `GET /keluarga/:id`
    package var description: String { "\(method) \(pattern)" }
}
