package import HTTPServer
package import Web

/// The application's `RouteGuard`, run after the route matched and the session layer ran:
/// a protected route needs a signed-in user (else 303 to the login form) whose role may
/// perform the route's action (else 403); then every state-changing request, public ones
/// included, must pass `CSRFCheck`, except those authenticated by an API bearer token (a
/// browser never sends one by itself, so there is no cross-site request to forge).
package struct IdentityGuard: RouteGuard {
    package init() {}

    package func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response? {
        if case .requires(let action) = access {
            guard let user = context.currentUser else {
                // Only a page can be returned to; after a POST the user starts again from the form.
                guard request.method == .GET || request.method == .HEAD else { return .redirect(to: "/login") }
                let target = request.path + (request.query.map { "?" + $0 } ?? "")
                return .redirect(to: LoginRedirect.loginPath(returningTo: target))
            }
            guard user.may(action) else { throw HTTPError(.forbidden) }
        }
        if request.method.isStateChanging, context.apiClient == nil {
            try CSRFCheck.verify(request, expected: context.session?.csrfToken)
        }
        return nil
    }
}
