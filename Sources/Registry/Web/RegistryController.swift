package import Core
package import Database
import Foundation
import HTTPServer
package import Web

/// The register's pages: households under `/keluarga`, persons under `/penduduk`. Reading needs
/// `Action.viewRegistry`, changing `Action.editRegistry`; every lookup goes through the user's
/// area scope, so an id outside it is a 404.
package struct RegistryController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let settings: SettingsCache
    let service: RegistryService
    let linkProviders: [any RegistryLinkProvider]

    /// The controller over `pool`, rendering through `pages`; `linkProviders` are the later
    /// modules' links on the household and person pages.
    package init(
        pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock,
        linkProviders: [any RegistryLinkProvider] = []
    ) {
        self.pool = pool
        self.pages = pages
        self.settings = settings
        self.linkProviders = linkProviders
        service = RegistryService(pool: pool, clock: clock, settings: settings)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewRegistry)
        let edit = RouteAccess.requires(Action.editRegistry)
        routes.get("/keluarga", access: view) { request, context in try list(request, context) }
        routes.get("/keluarga/baru", access: edit) { _, context in
            try renderNewHousehold(RegistryFormValues(), error: nil, context: context, status: .ok)
        }
        routes.post("/keluarga/baru", access: edit) { request, context in try createHousehold(request, &context) }
        routes.get("/keluarga/:id", access: view) { _, context in try householdPage(context) }
        routes.get("/keluarga/:id/ubah", access: edit) { _, context in
            let household = try service.household(try Self.id(context), scope: try context.signedInUser().scope)
            return try renderEditHousehold(household, values: RegistryFormValues(household), error: nil, context: context, status: .ok)
        }
        routes.post("/keluarga/:id/ubah", access: edit) { request, context in try saveHousehold(request, &context) }
        routes.get("/keluarga/:id/status", access: edit) { _, context in
            let household = try service.household(try Self.id(context), scope: try context.signedInUser().scope)
            return try renderHouseholdStatus(household, values: RegistryFormValues(household), error: nil, context: context, status: .ok)
        }
        routes.post("/keluarga/:id/status", access: edit) { request, context in try saveHouseholdStatus(request, &context) }
        routes.get("/keluarga/:id/anggota/baru", access: edit) { _, context in
            let household = try service.household(try Self.id(context), scope: try context.signedInUser().scope)
            return try renderNewMember(household, values: RegistryFormValues(), error: nil, context: context, status: .ok)
        }
        routes.post("/keluarga/:id/anggota/baru", access: edit) { request, context in try addMember(request, &context) }
        addPersonRoutes(to: &routes, view: view, edit: edit)
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let search = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let status = query["status"].flatMap(HouseholdStatus.init(rawValue:))
        let requested = Paging(page: query["halaman"])
        let words = settings.current
        let (areas, areaCode, result) = try pool.read { db in
            // The area filter offers, and accepts, only the kecamatan and desa inside the scope.
            let areas = try (AreaStore.all(level: .kecamatan, in: db) + AreaStore.all(level: .desa, in: db))
                .filter { user.scope.contains($0.code) }
                .sorted { $0.code < $1.code }
            let areaCode = query["wilayah"].flatMap { code in areas.contains { $0.code == code } ? code : nil }
            let filter = HouseholdFilter(query: search, areaCode: areaCode, status: status)
            // Counted first so a page past the end shows the last one; the count stops at countLimit.
            let total = try HouseholdSearch.count(filter, scope: user.scope, in: db)
            let paging = requested.clamped(toTotal: min(total, HouseholdSearch.countLimit))
            let rows = try HouseholdSearch.page(filter, scope: user.scope, paging: paging, in: db)
            return (areas, areaCode, (rows: rows, total: total, paging: paging))
        }
        var kept: [(String, String)] = []
        if !search.isEmpty { kept.append(("q", search)) }
        if let areaCode { kept.append(("wilayah", areaCode)) }
        if let status { kept.append(("status", status.rawValue)) }
        let view = HouseholdListView(
            filters: HouseholdListView.filterFields(query: search, areaCode: areaCode, status: status, areas: areas, words: words),
            summaries: result.rows, pager: result.paging.pager(
                total: min(result.total, HouseholdSearch.countLimit), query: Self.queryString(kept),
                more: result.total > HouseholdSearch.countLimit),
            canCreate: user.may(Action.editRegistry), searched: !search.isEmpty, words: words)
        return try pages.render("keluarga/daftar", title: "Keluarga", view, context: context)
    }

    private func householdPage(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let id = try Self.id(context)
        let loaded = try pool.read { db -> (Household, String, [Person], [Membership], [Int64: String], [RelatedLink])? in
            guard let household = try HouseholdStore.find(id, in: user.scope, db: db) else { return nil }
            let members = try PersonStore.members(of: id, in: db)
            let stays = try PersonStore.memberships(inHousehold: id, in: db)
            var names = Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            for stay in stays where names[stay.personID] == nil {
                names[stay.personID] = try PersonStore.find(stay.personID, in: .everywhere, db: db)?.name
            }
            let related = try linkProviders.flatMap { try $0.links(for: household, in: db) }.filter { $0.isVisible(to: user) }
            let areaName = try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode
            return (household, areaName, members, stays, names, related)
        }
        guard let (household, areaName, members, stays, names, related) = loaded else { throw RegistryError.notFound }
        let view = HouseholdPageView(
            household: household, areaName: areaName, members: members, memberships: stays, names: names,
            related: related, canEdit: user.may(Action.editRegistry), words: settings.current)
        return try pages.render("keluarga/keluarga", title: "Keluarga \(household.maskedNoKK)", view, context: context)
    }

    private func createHousehold(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let values = RegistryFormValues(try request.urlEncodedForm())
        do {
            let created = try service.createHousehold(
                values.household, head: values.person(includingNIK: true), by: actor, scope: user.scope)
            context.flash(.success, "Keluarga \(created.household.maskedNoKK) dengan kepala \(created.head.name) dicatat.")
            return .redirect(to: "/keluarga/\(created.household.id)")
        } catch let error as RegistryError {
            guard case .invalid = error else { throw error }
            return try renderNewHousehold(values, error: error, context: context, status: .unprocessableContent)
        }
    }

    private func saveHousehold(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let household = try service.household(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        guard let version = values.version else { throw HTTPError(.badRequest) }
        do {
            let saved = try service.editHousehold(household.id, values.household, version: version, by: actor, scope: user.scope)
            context.flash(.success, "Perubahan keluarga \(saved.maskedNoKK) disimpan.")
            return .redirect(to: "/keluarga/\(saved.id)")
        } catch let error as RegistryError {
            return try renderEditHousehold(
                household, values: values, error: error, context: context, status: error.status)
        }
    }

    private func saveHouseholdStatus(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let household = try service.household(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        guard let version = values.version else { throw HTTPError(.badRequest) }
        do {
            let status = HouseholdStatus(rawValue: values[.status]) ?? .active
            let saved = try service.setHouseholdStatus(
                household.id, to: status, on: values[.statusDate], reason: values[.reason], version: version, by: actor,
                scope: user.scope)
            context.flash(.success, "Keluarga \(saved.maskedNoKK) ditandai \(saved.status.label.lowercased()).")
            return .redirect(to: "/keluarga/\(saved.id)")
        } catch let error as RegistryError {
            return try renderHouseholdStatus(household, values: values, error: error, context: context, status: error.status)
        }
    }

    private func addMember(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let household = try service.household(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        do {
            let person = try service.addMember(to: household.id, values.person(includingNIK: true), by: actor, scope: user.scope)
            context.flash(.success, "\(person.name) ditambahkan sebagai \(person.relationship.label.lowercased()).")
            return .redirect(to: "/keluarga/\(household.id)")
        } catch let error as RegistryError {
            guard case .invalid = error else { throw error }
            return try renderNewMember(household, values: values, error: error, context: context, status: .unprocessableContent)
        }
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> (CurrentUser, Actor) {
        let user = try context.signedInUser()
        return (user, .user(user, address: request.remoteAddress, requestID: context.requestID))
    }

    static func id(_ context: RequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
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
