import Core
import Database
import HTTPServer
import Web

/// The area pages: `GET /wilayah`, the tree the user may browse, and `GET /wilayah/:code`, one
/// area with its place in the tree, the areas below it and their counts. Operators and pendamping
/// see only their own areas and what lies below; any other code, an ancestor included, is a 404.
struct AreasController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let settings: SettingsCache
    let counts: AreaCounts

    /// The count providers of the modules built so far; later modules add theirs here.
    static let countProviders: [any AreaCountProvider] = [AssignedUserCounts()]

    init(environment: AppEnvironment, countProviders: [any AreaCountProvider] = AreasController.countProviders) {
        pool = environment.pool
        pages = environment.pages
        settings = environment.settings
        counts = AreaCounts(countProviders)
    }

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/wilayah", access: .requires(Action.viewAreas)) { _, context in
            try treePage(context)
        }
        routes.get("/wilayah/:code", access: .requires(Action.viewAreas)) { _, context in
            try areaPage(try context.parameters.require("code"), context)
        }
    }

    func treePage(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let tree = try pool.read { db in try AreaTree.load(for: user.scope, in: db) }
        let view = AreaTreeView(tree, scope: user.scope, settings: settings.current)
        return try pages.render("wilayah/index", title: view.heading, view, context: context)
    }

    func areaPage(_ code: String, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let overview = try pool.read { db in
            try AreaOverview.load(code, for: user.scope, counts: counts, in: db)
        }
        guard let overview else { throw HTTPError(.notFound) }
        let view = AreaPageView(overview, settings: settings.current)
        return try pages.render("wilayah/area", title: view.heading, view, context: context)
    }

}

/// The address of an area's page.
func areaPath(_ code: String) -> String { "/wilayah/" + code }
