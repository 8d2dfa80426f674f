/// How the application answers, apart from its routes. Defaults are the production choices.
package struct ApplicationConfiguration: Sendable {
    /// The body limit for every request whose route sets none, including requests that match
    /// no route or no method (`--max-body`).
    package var maxBodySize = 10_485_760
    /// Extra middleware around every request (matched or not), inside the error pages.
    package var middleware: [any Middleware] = []
    /// Checks each matched route's `RouteAccess` just before its handler.
    package var routeGuard: any RouteGuard = RefuseProtectedRoutes()
    /// Renders error pages; the built-in one until the app plugs in its templates.
    package var errorPages: any ErrorPageRenderer = PlainErrorPages()
    /// Where 500s are logged.
    package var errorLog: ErrorLog = .standardError
    /// Added to every response that does not set them itself.
    package var securityHeaders: SecurityHeaders = .standard
    /// gzip for dynamic responses; nil turns it off.
    package var compression: CompressionOptions? = CompressionOptions()

    package init() {}
}
