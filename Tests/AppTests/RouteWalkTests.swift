import App
import Core
import HTTPServer
import Testing
import TestSupport
import Web

/// Walks every GET route of the real application over HTTP, as each role and anonymously: a
/// protected page sends strangers to the login, answers 403 to a role without its action, never
/// 500s for a role with it, and stays under the 100 KB page budget.
@Suite struct RouteWalkTests {
    /// Parameters filled with values that exist in a fresh database (or are simply not found).
    static func samplePath(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            return segment.contains("code") ? "34.02.01.2001" : "1"
        }.joined(separator: "/")
    }

    static func protectedPages(_ app: TestApp) throws -> [(path: String, action: String)] {
        try buildApplication(app.environment).router.routes.compactMap { route in
            guard route.method == .GET, case .requires(let action) = route.access else { return nil }
            let pattern = "\(route.pattern)"
            // The API answers bearer tokens only (APIAuthenticationTests walk it).
            guard !pattern.contains("*"), !APIPaths.isAPI(pattern) else { return nil }
            return (samplePath(pattern), action)
        }
    }

    @Test func strangersAreSentToTheLoginFromEveryProtectedPage() throws {
        let app = try TestApp()
        let pages = try Self.protectedPages(app)
        #expect(pages.count > 10)
        let browser = app.browser()
        for page in pages {
            let response = try browser.get(page.path)
            #expect(response.status == 303, "\(page.path)")
            #expect(response.header("Location")?.hasPrefix("/login") == true, "\(page.path)")
        }
    }

    @Test(arguments: Role.allCases)
    func eachRoleGetsItsPagesAndA403ForTheRest(role: Role) throws {
        let app = try TestApp()
        let areas = role == .operator ? ["34.02.01.2001"] : role == .pendamping ? ["34.02.01"] : []
        try AreaPageUsers.insert("uji.\(role.rawValue)", role: role, areas: areas, in: app.environment.pool)
        let browser = app.browser()
        #expect(try browser.login("uji.\(role.rawValue)", AreaPageUsers.password).status == 303)
        for page in try Self.protectedPages(app) {
            let response = try browser.get(page.path)
            if Permissions.allows(role, page.action) {
                #expect(response.status != 403 && response.status < 500, "\(role) \(page.path): \(response.status)")
                #expect(response.body.count < 100_000, "\(role) \(page.path): \(response.body.count) bytes")
            } else {
                #expect(response.status == 403, "\(role) \(page.path): \(response.status)")
            }
        }
    }
}
