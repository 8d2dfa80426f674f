package import HTTPServer
package import Web

/// The middleware of every `/api/v1` route, run before the route guard:
/// `Authorization: Bearer <token>` → the token's user (role and areas read now) in
/// `CurrentUserKey`; no token, a malformed one, a revoked one or a deactivated account → 401.
/// Cookies play no part (the session layer skips `/api`). Anything the guard or the handler
/// throws is answered in the API's error shape (`APIErrorMapping`); unexpected errors go on
/// to the error middleware, which logs them and answers a JSON 500 (`APIErrorPages`).
package struct APIAuthenticationMiddleware: Middleware {
    let tokens: APITokenService

    package init(tokens: APITokenService) {
        self.tokens = tokens
    }

    package func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
        do {
            try authenticate(request, &context)
            var response = try next(request, &context)
            if response.headers["Cache-Control"] == nil {
                response.headers.set("Cache-Control", "no-store")
            }
            return response
        } catch {
            guard let apiError = APIErrorMapping.apiError(for: error) else { throw error }
            return apiError.response(requestID: context.requestID)
        }
    }

    private func authenticate(_ request: Request, _ context: inout RequestContext) throws {
        guard let header = request.headers["Authorization"] else {
            throw APIError.unauthorized("Permintaan ini memerlukan token API (Authorization: Bearer …).")
        }
        // RFC 6750 §2.1: `Bearer` (case-insensitive scheme) and one token.
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let (user, token) = try tokens.authenticate(String(parts[1]))
        else {
            throw APIError.unauthorized("Token API tidak dikenal, sudah dicabut, atau akunnya nonaktif.")
        }
        context.storage[CurrentUserKey.self] = user
        context.storage[APIClientKey.self] = APIClient(tokenID: token.id)
    }
}
