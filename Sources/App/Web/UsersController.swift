import Core
import Database
import Foundation
import HTTPServer
import Web

/// The admin's user pages under `/admin/pengguna`: list, create, edit, deactivate and reactivate,
/// reset a password. Every route needs `Action.manageUsers`.
struct UsersController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let settings: SettingsCache
    let service: UserService

    init(environment: AppEnvironment) {
        pages = environment.pages
        pool = environment.pool
        settings = environment.settings
        service = UserService(
            pool: environment.pool, hasher: environment.passwordHasher, clock: environment.clock,
            settings: environment.settings)
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.manageUsers)
        routes.get("/admin/pengguna", access: access) { request, context in try list(request, context) }
        routes.get("/admin/pengguna/baru", access: access) { _, context in
            try renderNew(UserForm.blank, problems: [:], context: context, status: .ok)
        }
        routes.post("/admin/pengguna/baru", access: access) { request, context in try create(request, &context) }
        routes.get("/admin/pengguna/:id", access: access) { _, context in
            let user = try find(context)
            return try renderEdit(user, form: UserForm(user), problems: [:], conflict: nil, context: context, status: .ok)
        }
        routes.post("/admin/pengguna/:id", access: access) { request, context in try save(request, &context) }
        routes.post("/admin/pengguna/:id/nonaktifkan", access: access) { request, context in
            try changeStatus(request, &context, active: false)
        }
        routes.post("/admin/pengguna/:id/aktifkan", access: access) { request, context in
            try changeStatus(request, &context, active: true)
        }
        routes.get("/admin/pengguna/:id/sandi", access: access) { _, context in
            try renderPassword(try find(context), problems: [:], context: context, status: .ok)
        }
        routes.post("/admin/pengguna/:id/sandi", access: access) { request, context in
            try resetPassword(request, &context)
        }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let query = try request.queryParameters()
        let search = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let role = query["peran"].flatMap(Role.init(rawValue:))
        let status = ListStatus(rawValue: query["status"] ?? "") ?? .all
        let filter = UserListFilter(query: search, role: role, active: status.active)
        let paging = Paging(page: query["halaman"])
        let (users, total) = try pool.read { try UserStore.list(filter, paging: paging, in: $0) }
        let words = settings.current
        var kept: [(String, String)] = []
        if !search.isEmpty { kept.append(("q", search)) }
        if let role { kept.append(("peran", role.rawValue)) }
        if status != .all { kept.append(("status", status.rawValue)) }
        let view = UserListView(
            filters: UserListView.filterFields(search: search, role: role, status: status),
            rows: users.map { UserListView.Row($0, words: words) },
            pager: paging.pager(total: total, query: Self.queryString(kept)))
        return try pages.render("admin/pengguna/daftar", title: "Pengguna", view, context: context)
    }

    private func create(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let form = UserForm(try request.urlEncodedForm())
        let input = NewUser(
            username: form.username, fullName: form.fullName, role: form.role, areaCodes: form.areaCodes,
            password: form.password)
        do {
            guard form.password == form.passwordConfirmation else {
                var problems = try service.problems(creating: input)
                problems[.passwordConfirmation] = "Kedua kata sandi tidak sama."
                throw UserError.invalid(problems)
            }
            let user = try service.create(input, by: actor)
            context.flash(.success, "Pengguna \(user.username) dibuat.")
            return .redirect(to: "/admin/pengguna")
        } catch UserError.invalid(let problems) {
            return try renderNew(form, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    private func save(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let user = try find(context)
        let form = UserForm(try request.urlEncodedForm())
        guard let version = form.version else { throw HTTPError(.badRequest) }
        let edit = UserEdit(fullName: form.fullName, role: form.role, areaCodes: form.areaCodes, version: version)
        do {
            let saved = try service.edit(user.id, edit, by: actor)
            context.flash(.success, "Perubahan pada \(saved.username) disimpan.")
            return .redirect(to: "/admin/pengguna")
        } catch UserError.invalid(let problems) {
            return try renderEdit(
                user, form: form, problems: problems, conflict: nil, context: context, status: .unprocessableContent)
        } catch UserError.versionConflict(let current) {
            var form = form
            form.version = current.version
            return try renderEdit(
                current, form: form, problems: [:], conflict: current, context: context, status: .conflict)
        }
    }

    private func changeStatus(_ request: Request, _ context: inout RequestContext, active: Bool) throws -> Response {
        let actor = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        do {
            let user = active ? try service.reactivate(id, by: actor) : try service.deactivate(id, by: actor)
            context.flash(
                .success,
                active
                    ? "\(user.username) aktif kembali dan dapat masuk."
                    : "\(user.username) dinonaktifkan; sesi yang masih terbuka diakhiri.")
        } catch UserError.cannotDeactivateSelf {
            context.flash(.error, UserError.cannotDeactivateSelf.publicMessage ?? "")
        }
        return .redirect(to: "/admin/pengguna/\(id)")
    }

    private func resetPassword(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let user = try find(context)
        let fields = try request.urlEncodedForm()
        let password = fields["password"] ?? ""
        do {
            guard password == fields["password_confirmation"] ?? "" else {
                var problems: [UserField: String] = [:]
                if let problem = PasswordPolicy.problem(with: password, username: user.username) {
                    problems[.password] = problem
                }
                problems[.passwordConfirmation] = "Kedua kata sandi tidak sama."
                throw UserError.invalid(problems)
            }
            let saved = try service.resetPassword(user.id, to: password, by: actor)
            context.flash(.success, "Kata sandi \(saved.username) diatur ulang; sesi yang masih terbuka diakhiri.")
            return .redirect(to: "/admin/pengguna/\(user.id)")
        } catch UserError.invalid(let problems) {
            return try renderPassword(user, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    private func find(_ context: RequestContext) throws -> User {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let user = try pool.read({ try UserStore.find(id, in: $0) }) else { throw UserError.notFound }
        return user
    }

    private static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return .user(user, address: request.remoteAddress, requestID: context.requestID)
    }

    /// `name=value&…`, percent-encoded, for links that keep the list's filters.
    static func queryString(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}

/// The status filter of the list.
enum ListStatus: String, CaseIterable {
    case all = "", active = "aktif", inactive = "nonaktif"

    var active: Bool? {
        switch self {
        case .all: nil
        case .active: true
        case .inactive: false
        }
    }

    var label: String {
        switch self {
        case .all: "Semua status"
        case .active: "Aktif"
        case .inactive: "Nonaktif"
        }
    }
}
