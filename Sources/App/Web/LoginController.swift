import Core
import HTTPServer
import Web

/// `GET|POST /login` and `POST /logout`. The login form gets its CSRF token from a pre-session
/// started on the first visit; signing in replaces that with a new session under a new token.
struct LoginController: RouteCollection {
    let pages: PageRenderer
    let sessions: SessionService
    let cookie: SessionCookie
    let login: LoginService

    private struct View: Encodable {
        let fields: [FormField]
        let message: String?
        let next: String?
    }

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/login", access: .public) { request, context in try showForm(request, &context) }
        routes.post("/login", access: .public) { request, context in try signIn(request, &context) }
        routes.post("/logout", access: .requires(Action.home)) { _, context in try signOut(&context) }
    }

    private func showForm(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let next = LoginRedirect.safeTarget(try request.queryParameters()["next"])
        if context.currentUser != nil { return .redirect(to: next ?? "/") }
        var started: NewSession?
        if context.session == nil {
            let session = try sessions.startAnonymous(address: request.remoteAddress)
            context.adopt(session)
            started = session
        }
        var response = try form(username: "", message: nil, next: next, context: context)
        if let started { response.setCookie(cookie.issuing(started.token)) }
        return response
    }

    private func signIn(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let submitted = try request.formData()
        let username = submitted["username"] ?? ""
        let password = submitted["password"] ?? ""
        let next = LoginRedirect.safeTarget(submitted["next"])
        guard !username.allSatisfy(\.isWhitespace), !password.isEmpty else {
            return try form(username: username, message: "Isi nama pengguna dan kata sandi.", next: next, context: context)
        }
        let attempt = LoginAttempt(
            username: username, password: password, address: request.remoteAddress, requestID: context.requestID)
        switch try login.signIn(attempt, replacing: context.sessionHandle?.tokenHash) {
        case .signedIn(let session):
            context.adopt(session)
            var response = Response.redirect(to: next ?? "/")
            response.setCookie(cookie.issuing(session.token))
            return response
        case .refused(let refusal):
            return try form(username: username, message: refusal.message, next: next, context: context)
        }
    }

    private func signOut(_ context: inout RequestContext) throws -> Response {
        if let handle = context.sessionHandle { try sessions.end(tokenHash: handle.tokenHash) }
        context.forgetSession()
        var response = Response.redirect(to: "/login")
        response.setCookie(cookie.removal())
        return response
    }

    private func form(username: String, message: String?, next: String?, context: RequestContext) throws -> Response {
        let fields = [
            FormField(name: "username", label: "Nama pengguna", value: username, required: true, autocomplete: "username"),
            FormField(name: "password", label: "Kata sandi", type: "password", required: true, autocomplete: "current-password"),
        ]
        var response = try pages.render(
            "login", title: "Masuk", View(fields: fields, message: message, next: next), context: context)
        // The page carries the session's CSRF token: never from a cache.
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
