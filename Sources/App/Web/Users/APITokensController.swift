import Core
import Database
import Foundation
import HTTPServer
import Web

/// The admin's API token page of one account under `/admin/pengguna/:id/token`: the list,
/// creating one (its secret shown in that answer only) and revoking one. Needs
/// `Action.manageAPITokens`.
struct APITokensController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let settings: SettingsCache
    let service: APITokenService

    init(environment: AppEnvironment) {
        pages = environment.pages
        pool = environment.pool
        settings = environment.settings
        service = APITokenService(pool: environment.pool, clock: environment.clock)
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.manageAPITokens)
        routes.get("/admin/pengguna/:id/token", access: access) { _, context in
            try render(try account(context), created: nil, error: nil, context: context, status: .ok)
        }
        routes.post("/admin/pengguna/:id/token", access: access) { request, context in try create(request, context) }
        routes.post("/admin/pengguna/:id/token/:token/cabut", access: access) { request, context in
            try revoke(request, &context)
        }
    }

    /// Answers the page itself rather than redirecting: the secret must not travel through the
    /// session's flash (it would be stored), so this one answer is the only place it appears.
    private func create(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try account(context)
        let form = try request.urlEncodedForm()
        let name = form["name"] ?? ""
        do {
            let created = try service.create(forUser: user.id, name: name, by: try Self.actor(request, context))
            var response = try render(user, created: created, error: nil, context: context, status: .created)
            response.headers.set("Cache-Control", "no-store")
            return response
        } catch APITokenError.invalid(let message) {
            return try render(
                user, created: nil, error: (name, message), context: context, status: .unprocessableContent)
        }
    }

    private func revoke(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try account(context)
        let id = try context.parameters.require("token", as: Int64.self)
        let token = try service.revoke(id, ofUser: user.id, by: try Self.actor(request, context))
        context.flash(.success, "Token \(token.name) (\(token.prefix)…) dicabut.")
        return .redirect(to: "/admin/pengguna/\(user.id)/token")
    }

    private func account(_ context: RequestContext) throws -> User {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let user = try pool.read({ try UserStore.find(id, in: $0) }) else { throw UserError.notFound }
        return user
    }

    private func render(
        _ user: User, created: NewAPIToken?, error: (name: String, message: String)?, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let zone = settings.current.timeZone
        let view = APITokensView(
            id: user.id, username: user.username,
            created: created.map { .init(name: $0.token.name, secret: $0.secret) },
            tokens: try service.tokens(ofUser: user.id).map { token in
                .init(
                    id: token.id, userID: user.id, name: token.name, prefix: token.prefix,
                    createdAt: IndonesianFormat.dateTime(token.createdAt, timeZone: zone),
                    lastUsedAt: token.lastUsedAt.map { IndonesianFormat.dateTime($0, timeZone: zone) } ?? "Belum pernah",
                    revokedAt: token.revokedAt.map { IndonesianFormat.dateTime($0, timeZone: zone) } ?? "",
                    isActive: token.isActive)
            },
            fields: [
                FormField(
                    name: "name", label: "Nama token", value: error?.name ?? "", required: true,
                    hint: "Untuk apa token ini, misalnya \"Aplikasi desa Poncosari\".", error: error?.message,
                    autocomplete: "off")
            ],
            hasErrors: error != nil)
        return try pages.render(
            "admin/pengguna/token", title: "Token API \(user.username)", view, context: context, status: status)
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return .user(user, address: request.remoteAddress, requestID: context.requestID)
    }
}

/// The model of `admin/pengguna/token.mustache`.
struct APITokensView: Encodable {
    struct Created: Encodable {
        let name: String
        let secret: String
    }

    struct Row: Encodable {
        let id: Int64
        let userID: Int64
        let name: String
        let prefix: String
        let createdAt: String
        let lastUsedAt: String
        let revokedAt: String
        let isActive: Bool
    }

    let id: Int64
    let username: String
    let created: Created?
    let tokens: [Row]
    let hasTokens: Bool
    let fields: [FormField]
    let hasErrors: Bool

    init(id: Int64, username: String, created: Created?, tokens: [Row], fields: [FormField], hasErrors: Bool) {
        self.id = id
        self.username = username
        self.created = created
        self.tokens = tokens
        hasTokens = !tokens.isEmpty
        self.fields = fields
        self.hasErrors = hasErrors
    }
}
