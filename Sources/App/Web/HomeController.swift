import Core
import HTTPServer
import Web

/// The landing page, behind the login. The lead replaces it with a per-role home page.
struct HomeController: RouteCollection {
    let pages: PageRenderer

    private struct View: Encodable {}

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/", access: .requires(Action.home)) { _, context in
            try pages.render("home", title: "Beranda", View(), context: context)
        }
    }
}
