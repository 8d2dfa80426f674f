import HTTPServer
import Mustache
import Web

/// The landing page. The identity issue turns it into a per-role home page behind the login.
struct HomeController: RouteCollection {
    let templates: TemplateLibrary

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/", access: .public) { _, _ in
            .html(bytes: try templates.render("home", MustacheValue.object([:])))
        }
    }
}
