/// Who may call a route: everyone, or a signed-in user holding the named permission action.
/// Every route carries one; there is no default, so a route without a decision cannot be written.
package enum RouteAccess: Sendable, Hashable, CustomStringConvertible {
    case `public`
    /// A permission action name such as `keluarga.lihat`, checked by the application's `RouteGuard`.
    case requires(String)

    package var description: String {
        switch self {
        case .public: "public"
        case .requires(let action): "requires(\(action))"
        }
    }
}
