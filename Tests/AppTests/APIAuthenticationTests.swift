import App
import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// Who gets through `/api/v1`: a bearer token of an active account, nothing else.
@Suite struct APIAuthenticationTests {
    @Test func aTokenActsAsItsUser() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("staf", role: .staf)
        try fixture.household(1)
        let response = try fixture.call("GET", "/api/v1/keluarga", token: token)
        #expect(response.status == 200)
        #expect(response.raw.header("Cache-Control") == "no-store")
        #expect((response.object["items"] as? [Any])?.count == 1)
    }

    @Test(arguments: [
        nil, "Bearer", "Bearer dsk_salah", "Basic dXNlcjpwYXNz",
        "Bearer dsk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ])
    func missingOrUnknownTokensAre401(_ authorization: String?) throws {
        let fixture = try APIFixture()
        _ = try fixture.token("staf", role: .staf)
        let response = try fixture.call(
            "GET", "/api/v1/keluarga", headers: authorization.map { ["Authorization": $0] } ?? [:])
        #expect(response.status == 401)
        #expect(response.errorCode == "unauthorized")
        #expect(response.raw.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
    }

    @Test func everyRouteUnderV1RefusesAStrangerAndASessionWith401() throws {
        let fixture = try APIFixture()
        try fixture.account("admin", role: .admin)
        let browser = fixture.app.browser()
        #expect(try browser.login("admin", APIFixture.password).status == 303)
        let routes = try buildApplication(fixture.app.environment).router.routes
            .filter { $0.pattern.description.hasPrefix(APIPaths.version1) }
        #expect(!routes.isEmpty)
        for route in routes {
            let path = RouteWalkTests.samplePath(route.pattern.description)
            let stranger = try fixture.call(route.method.rawValue, path, json: route.method == .GET ? nil : "{}")
            #expect(stranger.status == 401, "\(route)")
            #expect(stranger.errorCode == "unauthorized", "\(route)")
            let cookie = try fixture.call(
                route.method.rawValue, path, json: route.method == .GET ? nil : "{}",
                headers: ["Cookie": browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")])
            #expect(cookie.status == 401, "\(route) with a session cookie")
        }
    }

    @Test func aRevokedTokenIs401() throws {
        let fixture = try APIFixture()
        let user = try fixture.account("staf", role: .staf)
        let created = try fixture.tokens.create(forUser: user.id, name: "Aplikasi desa", by: .cli)
        #expect(try fixture.call("GET", "/api/v1/keluarga", token: created.secret).status == 200)
        _ = try fixture.tokens.revoke(created.token.id, ofUser: user.id, by: .cli)
        let response = try fixture.call("GET", "/api/v1/keluarga", token: created.secret)
        #expect(response.status == 401)
        #expect(response.errorCode == "unauthorized")
    }

    @Test func aDeactivatedAccountsTokenIs401() throws {
        let fixture = try APIFixture()
        let user = try fixture.account("staf", role: .staf)
        let secret = try fixture.tokens.create(forUser: user.id, name: "Aplikasi desa", by: .cli).secret
        _ = try fixture.users.deactivate(user.id, by: .cli)
        #expect(try fixture.call("GET", "/api/v1/keluarga", token: secret).status == 401)
    }

    @Test func aSessionCookieIsNotAcceptedOnTheAPI() throws {
        let fixture = try APIFixture()
        try fixture.account("staf", role: .staf)
        let browser = fixture.app.browser()
        #expect(try browser.login("staf", APIFixture.password).status == 303)
        #expect(try browser.get("/keluarga").status == 200, "the cookie works on pages")
        let response = try browser.get("/api/v1/keluarga")
        #expect(response.status == 401)
        #expect(APIResponse(response).errorCode == "unauthorized")
        #expect(response.headerValues("Set-Cookie").isEmpty, "the API does not touch the session")
    }

    @Test func aRoleWithoutTheActionGets403JSON() throws {
        let fixture = try APIFixture()
        let kadis = try fixture.token("kadis", role: .kadis)
        let response = try fixture.call(
            "POST", "/api/v1/keluarga", token: kadis, json: #"{"no_kk": "1", "area_code": "x", "head": {}}"#)
        #expect(response.status == 403)
        #expect(response.errorCode == "forbidden")
        #expect(response.isJSON)
    }

    @Test func bearerRequestsNeedNoCSRFToken() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        let body = """
            {"no_kk": "\(RegistryFixtures.noKK(5))", "area_code": "\(RegistryFixtures.poncosari)",
             "head": {"nik": "\(RegistryFixtures.nik(born: "1980-05-15", sex: .male, serial: 5))", "name": "Budi",
                      "sex": "L", "birth_date": "1980-05-15"}}
            """
        let response = try fixture.call("POST", "/api/v1/keluarga", token: token, json: body)
        #expect(response.status == 201)
    }

    @Test func lastUseIsRemembered() throws {
        let fixture = try APIFixture()
        let user = try fixture.account("staf", role: .staf)
        let created = try fixture.tokens.create(forUser: user.id, name: "Aplikasi", by: .cli)
        #expect(created.token.lastUsedAt == nil)
        _ = try fixture.call("GET", "/api/v1/keluarga", token: created.secret)
        let stored = try fixture.pool.read { try APITokenStore.find(created.token.id, in: $0) }
        #expect(stored?.lastUsedAt != nil)
    }
}
