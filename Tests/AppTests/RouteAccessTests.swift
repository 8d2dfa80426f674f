import App
import Core
import HTTPServer
import Testing
import TestSupport
import Web

/// Every route either is one of the public routes DESIGN §2 lists or names a permission action
/// the table knows; start-up refuses anything else.
@Suite struct RouteAccessTests {
    static let allowedPublic: Set<String> = [
        "GET /healthz", "GET /static/*path", "GET /logo", "GET /login", "POST /login", "GET /verifikasi/:code",
        "GET /api/openapi.json",
    ]

    @Test func everyRouteIsAllowedPublicOrNamesAKnownAction() throws {
        let app = try TestApp()
        let application = try buildApplication(app.environment)
        #expect(!application.router.routes.isEmpty)
        for route in application.router.routes {
            switch route.access {
            case .public:
                #expect(Self.allowedPublic.contains(route.description), "unexpected public route \(route)")
            case .requires(let action):
                #expect(Permissions.table[action] != nil, "\(route) names unknown action \(action)")
            }
        }
    }

    @Test func startUpRefusesARouteNamingAnUnknownAction() throws {
        let app = try TestApp()
        #expect(throws: CommandFailure.self) {
            _ = try buildApplication(app.environment) { routes in
                routes.get("/salah-ketik", access: .requires("pengguna.kelolaa")) { _, _ in Response(text: "") }
            }
        }
    }

    @Test func theCheckNamesTheOffendingRoute() throws {
        var routes = RouteBuilder()
        routes.get("/baik", access: .requires(Action.home)) { _, _ in Response(text: "") }
        routes.post("/buruk", access: .requires("tidak.ada")) { _, _ in Response(text: "") }
        do {
            try refuseUnknownActions(in: routes.routes)
            Issue.record("no error")
        } catch let failure as CommandFailure {
            #expect(failure.message.contains("POST /buruk"))
            #expect(failure.message.contains("tidak.ada"))
            #expect(!failure.message.contains("/baik"))
        }
        var fine = RouteBuilder()
        fine.get("/baik", access: .requires(Action.home)) { _, _ in Response(text: "") }
        try refuseUnknownActions(in: fine.routes)
    }
}
