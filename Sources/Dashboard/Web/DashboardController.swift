package import Core
package import Database
import HTTPServer
package import Web

/// `GET /dasbor`: what waits for a decision now and how the service is doing, inside the user's
/// area scope (kasi and kadis see the whole district, operators and pendamping their areas).
package struct DashboardController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock
    let sources: DashboardSources

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock, sources: DashboardSources) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
        self.sources = sources
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/dasbor", access: .requires(Action.viewDashboard)) { _, context in
            guard let user = context.currentUser else { throw HTTPError(.forbidden) }
            let settings = pages.settings.current
            let now = clock.now
            let view = try pool.read { db in
                try DashboardPage.read(scope: user.scope, settings: settings, now: now, sources: sources, in: db)
            }
            return try pages.render("dashboard/dasbor", title: "Dasbor", view, context: context)
        }
    }
}
