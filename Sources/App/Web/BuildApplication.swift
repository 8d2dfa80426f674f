package import Core
import DTKS
import Dashboard
import Foundation
import HTTPServer
import Sidakis
import Sidamesra
import Registry
import SLRT
package import Web

/// The composition root: every controller's routes, the middleware and the error pages.
/// Tests build the same application the server runs; `extraRoutes` lets a test add a route
/// of its own to it (an admin-only page before any exists, a route naming an unknown action).
package func buildApplication(
    _ environment: AppEnvironment, extraRoutes: (inout RouteBuilder) -> Void = { _ in }
) throws -> Application {
    let sessions = SessionService(pool: environment.pool, clock: environment.clock)
    let cookie = SessionCookie(secure: environment.secureCookies, policy: sessions.policy)
    let attachments = AttachmentService(pool: environment.pool, directory: environment.uploadsDirectory)
    let settings = SettingsService(
        pool: environment.pool, cache: environment.settings, attachments: attachments, clock: environment.clock)

    var routes = RouteBuilder()
    routes.add(HealthController(pool: environment.pool))
    routes.add(HomeController(pages: environment.pages, pool: environment.pool, settings: environment.settings))
    routes.add(LoginController(
        pages: environment.pages, sessions: sessions, cookie: cookie,
        login: LoginService(pool: environment.pool, hasher: environment.passwordHasher, clock: environment.clock)))
    routes.add(AccountController(
        pages: environment.pages,
        passwords: OwnPasswordService(
            pool: environment.pool, hasher: environment.passwordHasher, clock: environment.clock)))
    routes.add(AreasController(environment: environment))
    routes.add(UsersController(environment: environment))
    routes.add(JobsController(environment: environment))
    routes.add(AuditController(environment: environment))
    routes.add(IndicatorSetsController(pages: environment.pages, pool: environment.pool, clock: environment.clock))
    routes.add(RegistryController(
        pool: environment.pool, pages: environment.pages, settings: environment.settings, clock: environment.clock,
        linkProviders: environment.registryLinkProviders))
    routes.add(SettingsController(environment: environment, service: settings))
    routes.add(LogoController(settings: environment.settings, attachments: attachments))
    routes.add(AssessmentsController(
        pool: environment.pool, pages: environment.pages, settings: environment.settings, clock: environment.clock,
        jobs: environment.jobs))
    routes.add(RankingController(pool: environment.pool, pages: environment.pages, clock: environment.clock))
    routes.add(HouseholdImportController(environment: environment))
    routes.add(DTKSRoutes(
        pool: environment.pool, pages: environment.pages, settings: environment.settings, clock: environment.clock,
        jobs: environment.jobs, uploadsDirectory: environment.uploadsDirectory))
    routes.add(DTKSMemberRoutes(
        pool: environment.pool, pages: environment.pages, clock: environment.clock, jobs: environment.jobs,
        uploadsDirectory: environment.uploadsDirectory))
    routes.add(SidakisController(pool: environment.pool, pages: environment.pages, clock: environment.clock, attachments: attachments))
    routes.add(APITokensController(environment: environment))
    routes.add(APIController(modules: apiModules(environment), tokens: APITokenService(pool: environment.pool, clock: environment.clock)))
    routes.add(SLRTRoutes(SLRTPages(pool: environment.pool, pages: environment.pages, settings: environment.settings, clock: environment.clock, attachments: attachments, templates: environment.templates)))
    routes.add(DashboardController(pool: environment.pool, pages: environment.pages, clock: environment.clock, sources: environment.dashboard))
    do {
        routes.add(try StaticFiles(
            directory: environment.publicDirectory,
            options: StaticFiles.Options(development: environment.development)))
    } catch {
        throw CommandFailure("static files: \(error)")
    }
    extraRoutes(&routes)
    try refuseUnknownActions(in: routes.routes)
    let duplicateJobKinds = environment.jobs.registry.duplicateNames
    guard duplicateJobKinds.isEmpty else {
        throw CommandFailure("job kinds registered twice: \(duplicateJobKinds.joined(separator: ", "))")
    }

    var configuration = ApplicationConfiguration()
    configuration.maxBodySize = environment.maxBody
    configuration.middleware = [SessionMiddleware(sessions: sessions, cookie: cookie)]
    configuration.routeGuard = IdentityGuard()
    configuration.errorPages = APIErrorPages(wrapping: TemplateErrorPages(pages: environment.pages))
    return try Application(routes: routes, configuration: configuration)
}

/// The modules of the JSON API, one line each (`APIModule` says how to add one).
package func apiModules(_ environment: AppEnvironment) -> [any APIModule] {
    [
        RegistryAPI(pool: environment.pool, clock: environment.clock, settings: environment.settings),
        SidamesraAPI(pool: environment.pool, settings: environment.settings),
        SidakisAPI(pool: environment.pool, attachments: AttachmentService(pool: environment.pool, directory: environment.uploadsDirectory), clock: environment.clock, settings: environment.settings),
        DTKSAPI(pool: environment.pool, clock: environment.clock, uploadsDirectory: environment.uploadsDirectory),
    ]
}

/// Start-up refuses a route whose `.requires(action)` names an action the permission table does
/// not know: such a route would be closed to everyone, or open by a typo (DESIGN §4).
package func refuseUnknownActions(in routes: [Route]) throws {
    var actions: [String] = []
    for route in routes {
        if case .requires(let action) = route.access { actions.append(action) }
    }
    let unknown = Permissions.unknownActions(in: actions)
    guard unknown.isEmpty else {
        let named = routes.filter { route in
            if case .requires(let action) = route.access { return unknown.contains(action) }
            return false
        }
        throw CommandFailure(
            "routes name unknown permission actions: " + named.map { "\($0) → \($0.access)" }.joined(separator: ", "))
    }
}
