import Foundation
import HTTPServer
package import Web

/// The composition root: every controller's routes, the middleware and the error pages.
/// Tests build the same application the server runs.
package func buildApplication(_ environment: AppEnvironment) throws -> Application {
    var routes = RouteBuilder()
    routes.add(HealthController(pool: environment.pool))
    routes.add(HomeController(templates: environment.templates))
    routes.add(AreasController(environment: environment))
    routes.add(UsersController(environment: environment))
    do {
        routes.add(try StaticFiles(
            directory: environment.publicDirectory,
            options: StaticFiles.Options(development: environment.development)))
    } catch {
        throw CommandFailure("static files: \(error)")
    }

    var configuration = ApplicationConfiguration()
    configuration.maxBodySize = environment.maxBody
    configuration.errorPages = TemplateErrorPages(templates: environment.templates)
    return try Application(routes: routes, configuration: configuration)
}
