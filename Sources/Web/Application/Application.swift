package import HTTPServer

/// The web application the server calls: route match → middleware → route guard → handler.
///
/// The chain for every request, outermost first: security headers → gzip → error pages →
/// `configuration.middleware` → (unknown path: 404, wrong method: 405 with `Allow`) → the
/// route's group middleware → the route guard → the handler. The route is matched before any
/// of it, so 404 and 405 are the same for everyone.
///
/// HEAD: routed to the GET handler and answered with the GET response, body included; the
/// server computes `Content-Length` from that body and sends the head only (RFC 9110 §9.3.2).
/// In-process callers wanting the wire view use `Response.headOnly()`. HEAD responses are not
/// gzipped, so their headers describe the identity representation.
package struct Application: HTTPResponder {
    /// The compiled route table; `router.routes` lists every route.
    package let router: Router
    /// The settings the application was built with.
    package let configuration: ApplicationConfiguration
    private let chain: ComposedResponder

    /// Compiles the routes (throwing on a bad pattern or a conflict) and composes every chain once.
    package init(routes: RouteBuilder, configuration: ApplicationConfiguration = ApplicationConfiguration())
        throws(RoutingError)
    {
        let router = try Router(routes)
        self.router = router
        self.configuration = configuration

        let routeGuard = configuration.routeGuard
        let routeResponders: [ComposedResponder] = router.routes.map { route in
            let access = route.access
            let handler = route.handler
            return MiddlewareChain.compose(route.middleware) { request, context in
                if let answer = try routeGuard.check(access, request, &context) { return answer }
                return try handler(request, &context)
            }
        }
        let dispatch: ComposedResponder = { request, context in
            if let error = context.routingError { throw error }
            return try routeResponders[context.routeIndex](request, &context)
        }
        var outer: [any Middleware] = [SecurityHeadersMiddleware(configuration.securityHeaders)]
        if let compression = configuration.compression { outer.append(CompressionMiddleware(compression)) }
        outer.append(ErrorPageMiddleware(pages: configuration.errorPages, log: configuration.errorLog))
        chain = MiddlewareChain.compose(outer + configuration.middleware, around: dispatch)
    }

    /// The matched route's limit, else `configuration.maxBodySize` (also for 404 and 405).
    package func bodyLimit(for head: RequestHead) -> Int {
        router.route(for: head.method, path: head.path)?.bodyLimit ?? configuration.maxBodySize
    }

    /// The error pages' answer for a request refused before routing (see `ErrorPageRenderer`).
    package func refusal(_ status: HTTPStatus, for head: RequestHead, requestID: String) -> Response? {
        configuration.errorPages.refusal(ErrorPage(status: status, requestID: requestID), for: head)
    }

    /// True for routes marked `inline` (static files, /healthz).
    package func answersInline(_ head: RequestHead) -> Bool {
        router.route(for: head.method, path: head.path)?.answersInline ?? false
    }

    /// Matches the route, then runs the composed chain; never throws.
    package func respond(to request: Request) -> Response {
        var context = RequestContext(requestID: request.id)
        switch router.indexedMatch(request.method, path: request.path) {
        case .found(let index, let parameters):
            context.route = router.routes[index]
            context.routeIndex = index
            context.parameters = parameters
        case .methodNotAllowed(let methods):
            context.routingError = .methodNotAllowed(allowing: methods)
        case .notFound:
            context.routingError = HTTPError(.notFound)
        }
        do {
            return try chain(request, &context)
        } catch {
            // Only reachable if a middleware outside the error pages throws.
            configuration.errorLog.record(error, request: request)
            var response = ErrorPageMiddleware(pages: PlainErrorPages(), log: configuration.errorLog)
                .internalErrorPage(for: request, context: context)
            configuration.securityHeaders.apply(to: &response.headers)
            return response
        }
    }
}
