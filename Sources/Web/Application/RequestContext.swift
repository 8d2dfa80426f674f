/// What the web layer knows about one request besides the request itself: created per request,
/// passed `inout` through the middleware to the handler.
package struct RequestContext: Sendable {
    /// The id the server gave the request (also in `X-Request-Id` and the access log).
    package let requestID: String
    /// The matched route, or nil while answering an unknown path or a wrong method.
    package internal(set) var route: Route?
    /// The matched route's path parameters.
    package internal(set) var parameters: RouteParameters
    /// Values middleware leave for later stages (the session, the signed-in user).
    package var storage: ContextStorage
    /// Index of the matched route in `Router.routes`, for the application's dispatch.
    var routeIndex = -1
    /// Set when no route matched: the 404 or 405 the dispatch throws inside the middleware.
    var routingError: HTTPError?

    /// A context for one request; the application makes these, tests may too.
    package init(requestID: String, route: Route? = nil, parameters: RouteParameters = RouteParameters()) {
        self.requestID = requestID
        self.route = route
        self.parameters = parameters
        self.storage = ContextStorage()
    }
}

/// A key into `ContextStorage`, declared as a type: `enum SessionKey: ContextKey { typealias Value = Session }`.
package protocol ContextKey {
    associatedtype Value: Sendable
}

/// Typed per-request storage. Empty until something is stored, so it costs nothing on most requests.
package struct ContextStorage: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    package init() {}

    /// The value stored under `key`, or nil.
    package subscript<Key: ContextKey>(key: Key.Type) -> Key.Value? {
        get { values[ObjectIdentifier(key)] as? Key.Value }
        set { values[ObjectIdentifier(key)] = newValue }
    }
}
