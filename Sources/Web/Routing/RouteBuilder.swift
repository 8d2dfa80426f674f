package import HTTPServer

/// Collects routes at start-up; `Router(_:)` compiles them and reports every mistake found here.
package struct RouteBuilder: Sendable {
    /// The routes added so far, in order.
    package private(set) var routes: [Route] = []
    private(set) var errors: [RoutingError] = []
    private var prefix = ""
    private var middleware: [any Middleware] = []

    package init() {}

    /// Adds one route. `access` has no default: every route states who may call it.
    package mutating func add(
        _ method: HTTPMethod, _ path: String, access: RouteAccess, bodyLimit: Int? = nil,
        inline: Bool = false, handler: @escaping RouteHandler
    ) {
        let fullPath = prefix.isEmpty ? path : prefix + (path == "/" ? "" : path)
        do {
            let pattern = try RoutePattern(fullPath)
            routes.append(
                Route(
                    method: method, pattern: pattern, access: access, bodyLimit: bodyLimit,
                    answersInline: inline, middleware: middleware, handler: handler))
        } catch {
            errors.append(error)
        }
    }

    /// A GET route (HEAD is served by it too).
    package mutating func get(
        _ path: String, access: RouteAccess, inline: Bool = false, handler: @escaping RouteHandler
    ) {
        add(.GET, path, access: access, inline: inline, handler: handler)
    }

    /// A POST route, optionally with its own body limit.
    package mutating func post(
        _ path: String, access: RouteAccess, bodyLimit: Int? = nil, handler: @escaping RouteHandler
    ) {
        add(.POST, path, access: access, bodyLimit: bodyLimit, handler: handler)
    }

    /// A PUT route (the JSON API).
    package mutating func put(
        _ path: String, access: RouteAccess, bodyLimit: Int? = nil, handler: @escaping RouteHandler
    ) {
        add(.PUT, path, access: access, bodyLimit: bodyLimit, handler: handler)
    }

    /// A PATCH route (the JSON API).
    package mutating func patch(
        _ path: String, access: RouteAccess, bodyLimit: Int? = nil, handler: @escaping RouteHandler
    ) {
        add(.PATCH, path, access: access, bodyLimit: bodyLimit, handler: handler)
    }

    /// A DELETE route (the JSON API; HTML forms delete by POST).
    package mutating func delete(_ path: String, access: RouteAccess, handler: @escaping RouteHandler) {
        add(.DELETE, path, access: access, handler: handler)
    }

    /// Routes under a common prefix, wrapped in extra middleware (outermost first).
    package mutating func group(
        _ prefix: String, middleware: [any Middleware] = [], _ body: (inout RouteBuilder) -> Void
    ) {
        var child = RouteBuilder()
        child.prefix = self.prefix + (prefix == "/" ? "" : prefix)
        child.middleware = self.middleware + middleware
        body(&child)
        routes += child.routes
        errors += child.errors
    }

    /// Adds a controller's routes.
    package mutating func add(_ collection: some RouteCollection) {
        collection.addRoutes(to: &self)
    }
}
