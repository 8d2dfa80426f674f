package import HTTPServer
package import Web

/// Finds the request's session and user before the route guard runs, and stores the handler's
/// flash after it: session cookie → `sessions` row → active `users` row and `user_areas` →
/// `CurrentUserKey`, `SessionStateKey`, `SessionHandleKey`.
///
/// Requests that matched no route (404/405 are the same for everyone) and routes answered on
/// the I/O loop (static files, /healthz) skip all of it, and so does the API: cookies are not
/// accepted under `/api` (bearer tokens only, `APIAuthenticationMiddleware`).
package struct SessionMiddleware: Middleware {
    let sessions: SessionService
    let cookie: SessionCookie

    package init(sessions: SessionService, cookie: SessionCookie) {
        self.sessions = sessions
        self.cookie = cookie
    }

    package func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
        guard let route = context.route, !route.answersInline, !APIPaths.isAPI(request.path) else {
            return try next(request, &context)
        }
        var staleCookie = false
        if let token = request.cookies[SessionCookie.name] {
            if let found = try sessions.find(token: token) {
                context.storage[SessionHandleKey.self] = SessionHandle(
                    tokenHash: found.record.tokenHash, userID: found.record.userID)
                context.storage[SessionStateKey.self] = SessionState(
                    csrfToken: found.record.csrfToken, flash: found.record.flash)
                if let user = found.user { context.storage[CurrentUserKey.self] = user }
            } else {
                staleCookie = true
            }
        }

        var response = try next(request, &context)

        if let flash = context.storage[OutgoingFlashKey.self], let handle = context.sessionHandle {
            try sessions.leave(flash, for: handle.tokenHash)
        }
        if staleCookie, !Self.setsSessionCookie(response) {
            response.setCookie(cookie.removal())
        }
        return response
    }

    private static func setsSessionCookie(_ response: Response) -> Bool {
        response.headers.values(for: "Set-Cookie").contains { $0.hasPrefix(SessionCookie.name + "=") }
    }
}
