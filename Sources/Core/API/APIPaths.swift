/// Where the API lives: everything under `/api` answers JSON; `/api/v1` needs a bearer token.
package enum APIPaths {
    package static let root = "/api"
    package static let version1 = "/api/v1"
    /// The OpenAPI document (a public route).
    package static let document = "/api/openapi.json"

    /// True for `/api` and every path below it. Empty segments are ignored, as the router
    /// ignores them (`//api/v1` is the same route as `/api/v1`).
    package static func isAPI(_ path: String) -> Bool {
        path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).first == "api"
    }
}
