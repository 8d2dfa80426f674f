/// A mistake in the route table, found while the application starts.
package enum RoutingError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidPattern(String, reason: String)
    /// Two routes that cannot both exist; both are named, e.g. `GET /a/:id` and `GET /a/:key`.
    case conflict(String, String)

    package var description: String {
        switch self {
        case .invalidPattern(let pattern, let reason): "invalid route pattern '\(pattern)': \(reason)"
        case .conflict(let first, let second): "route '\(second)' conflicts with '\(first)'"
        }
    }
}
