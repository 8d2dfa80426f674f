package import Web

/// The token a request under `/api/v1` was authenticated with.
package struct APIClient: Sendable, Equatable {
    package let tokenID: Int64
}

/// Where `APIAuthenticationMiddleware` leaves the token; its presence also tells the route
/// guard that the request came with a bearer token, not a cookie (no CSRF check).
package enum APIClientKey: ContextKey {
    package typealias Value = APIClient
}

extension RequestContext {
    /// The API token of this request, nil for browser requests.
    package var apiClient: APIClient? { storage[APIClientKey.self] }
}
