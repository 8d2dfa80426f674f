package import HTTPServer

/// Decides whether a matched route may run, from its `RouteAccess`. The identity layer provides
/// the real one (session → user → permission); it runs after the route's group middleware and
/// just before the handler.
package protocol RouteGuard: Sendable {
    /// Return nil to let the handler run, a response to answer instead (303 to `/login`), or throw
    /// (`HTTPError(.forbidden)`) for an error page.
    func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response?
}

/// The default until an identity layer is plugged in: public routes run, every protected route
/// is refused with 403. Failing closed means a forgotten guard never opens a protected page.
package struct RefuseProtectedRoutes: RouteGuard {
    package init() {}

    package func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws
        -> Response?
    {
        switch access {
        case .public: return nil
        case .requires: throw HTTPError(.forbidden)
        }
    }
}
