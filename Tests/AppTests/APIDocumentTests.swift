import App
import Core
import Foundation
import Registry
import Testing
import TestSupport
import HTTPServer
import Web

/// The OpenAPI document against the route table and against the real server's answers.
@Suite struct APIDocumentTests {
    /// `/api/v1/keluarga/{id}` for the route pattern `/api/v1/keluarga/:id`.
    static func documentPath(_ route: Route) -> String {
        route.pattern.segments.map { segment in
            switch segment {
            case .constant(let text): "/" + text
            case .parameter(let name): "/{" + name + "}"
            case .catchAll(let name): "/{" + name + "}"
            }
        }.joined()
    }

    /// Routes under /api/v1 that the document lacks (or lists with another permission).
    static func undocumented(_ routes: [Route], in document: JSONNode) -> [String] {
        routes.filter { $0.pattern.description.hasPrefix(APIPaths.version1) }.compactMap { route in
            guard let operation = document["paths"]?[documentPath(route)]?[route.method.rawValue.lowercased()] else {
                return route.description
            }
            guard case .requires(let action) = route.access, operation["x-permission"]?.string == action else {
                return "\(route.description) permission"
            }
            return nil
        }
    }

    static func fetchDocument(_ fixture: APIFixture) throws -> JSONNode {
        let response = try fixture.call("GET", APIPaths.document)
        #expect(response.status == 200)
        #expect(response.raw.header("Content-Type")?.hasPrefix("application/json") == true)
        return try #require(JSONNode.parse(response.raw.body))
    }

    @Test func theDocumentIsPublicAndDescribesEveryAPIRoute() throws {
        let fixture = try APIFixture()
        let document = try Self.fetchDocument(fixture)
        #expect(document["openapi"]?.string == "3.1.0")
        #expect(document["components"]?["securitySchemes"]?["bearer"]?["scheme"]?.string == "bearer")
        #expect(document["components"]?["schemas"]?["Error"] != nil)
        let routes = try buildApplication(fixture.app.environment).router.routes
        let apiRoutes = routes.filter { $0.pattern.description.hasPrefix(APIPaths.version1) }
        #expect(apiRoutes.count >= 5)
        #expect(Self.undocumented(routes, in: document) == [])
        // And nothing is documented that the server does not route.
        let documented = (document["paths"]?.object ?? [:]).flatMap { path, item in
            (item.object ?? [:]).keys.map { "\($0.uppercased()) \(path)" }
        }
        let routed = Set(apiRoutes.map { "\($0.method.rawValue) \(Self.documentPath($0))" })
        #expect(Set(documented) == routed)
    }

    @Test func aRouteAddedUnderV1WithoutADeclarationIsCaught() throws {
        let fixture = try APIFixture()
        let document = try Self.fetchDocument(fixture)
        let application = try buildApplication(fixture.app.environment) { routes in
            routes.get("/api/v1/rahasia", access: .requires(Action.viewRegistry)) { _, _ in Response(text: "x") }
        }
        #expect(Self.undocumented(application.router.routes, in: document) == ["GET /api/v1/rahasia"])
    }

    @Test func everySchemaInTheDocumentUsesOnlyCheckedKeywords() throws {
        let fixture = try APIFixture()
        let document = try Self.fetchDocument(fixture)
        let checker = APISchemaChecker(document: document)
        // An empty object against each schema: only keyword problems matter here.
        for (name, schema) in document["components"]?["schemas"]?.object ?? [:] {
            let unknown = checker.problems(.null, schema).filter { $0.contains("unknown keyword") }
            #expect(unknown.isEmpty, "\(name): \(unknown)")
        }
    }

    @Test func everyLinkLeadsToAnOperationAndItsParameters() throws {
        let fixture = try APIFixture()
        let document = try Self.fetchDocument(fixture)
        var operations: [String: Set<String>] = [:]
        for (_, item) in document["paths"]?.object ?? [:] {
            for (_, operation) in item.object ?? [:] {
                guard let id = operation["operationId"]?.string else { continue }
                operations[id] = Set((operation["parameters"]?.array ?? []).compactMap { $0["name"]?.string })
            }
        }
        var links = 0
        for (path, item) in document["paths"]?.object ?? [:] {
            for (method, operation) in item.object ?? [:] {
                for (status, response) in operation["responses"]?.object ?? [:] {
                    for (name, link) in response["links"]?.object ?? [:] {
                        links += 1
                        let target = try #require(link["operationId"]?.string, "\(method) \(path) \(status) \(name)")
                        let parameters = try #require(operations[target], "\(name) leads to unknown \(target)")
                        let named = Set((link["parameters"]?.object ?? [:]).keys)
                        #expect(named.isSubset(of: parameters), "\(name): \(named) not parameters of \(target)")
                    }
                }
            }
        }
        #expect(links >= 1)
    }

    @Test func realAnswersMatchTheirSchemas() throws {
        let fixture = try APIFixture()
        let document = try Self.fetchDocument(fixture)
        let checker = APISchemaChecker(document: document)
        let staf = try fixture.token("staf", role: .staf)
        let operatorToken = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        let household = try fixture.household(1)
        try fixture.pool.write { db in
            try ScoreFixtures.add(9001, total: 30, members: 4, noKK: 9001, desa: RegistryFixtures.poncosari, in: db)
        }
        let scoredNIK = "3402011505" + String(800_000 + 9001).suffix(6)
        let headNIK = try #require(RegistryFixtures.person("Budi", serial: 1).nik)
        let registration = """
            {"no_kk": "\(RegistryFixtures.noKK(2))", "area_code": "\(RegistryFixtures.poncosari)", "dusun": "Kauman",
             "head": {"nik": "\(RegistryFixtures.nik(born: "1975-02-03", sex: .male, serial: 2))", "name": "Joko",
                      "sex": "L", "birth_date": "1975-02-03"},
             "members": [{"nik": "\(RegistryFixtures.nik(born: "1978-04-05", sex: .female, serial: 3))", "name": "Sri",
                          "sex": "P", "birth_date": "1978-04-05", "relationship": "istri"}]}
            """
        let cases: [(String, String, String, String?, String?, Int)] = [
            ("GET", "/api/v1/keluarga", "/api/v1/keluarga", staf, nil, 200),
            ("GET", "/api/v1/keluarga?q=budi&per_page=10", "/api/v1/keluarga", operatorToken, nil, 200),
            ("GET", "/api/v1/keluarga/\(household)", "/api/v1/keluarga/{id}", staf, nil, 200),
            ("GET", "/api/v1/keluarga/999999", "/api/v1/keluarga/{id}", staf, nil, 404),
            ("GET", "/api/v1/keluarga?per_page=500", "/api/v1/keluarga", staf, nil, 400),
            ("GET", "/api/v1/keluarga", "/api/v1/keluarga", nil, nil, 401),
            ("GET", "/api/v1/penduduk/\(headNIK)", "/api/v1/penduduk/{nik}", staf, nil, 200),
            ("GET", "/api/v1/penduduk/\(scoredNIK)", "/api/v1/penduduk/{nik}", operatorToken, nil, 200),
            ("GET", "/api/v1/penduduk/123", "/api/v1/penduduk/{nik}", staf, nil, 400),
            ("GET", "/api/v1/sidamesra/peringkat", "/api/v1/sidamesra/peringkat", staf, nil, 200),
            ("GET", "/api/v1/sidamesra/peringkat?page=2&per_page=1", "/api/v1/sidamesra/peringkat", operatorToken, nil, 200),
            ("POST", "/api/v1/keluarga", "/api/v1/keluarga", operatorToken, registration, 201),
            ("POST", "/api/v1/keluarga", "/api/v1/keluarga", operatorToken, registration, 422),
            ("POST", "/api/v1/keluarga", "/api/v1/keluarga", operatorToken, "{", 400),
        ]
        for (method, target, path, token, body, status) in cases {
            let response = try fixture.call(method, target, token: token, json: body)
            #expect(response.status == status, "\(method) \(target)")
            let schema = try #require(checker.responseSchema(method, path, status: status), "\(method) \(path) lists \(status)")
            let value = try #require(JSONNode.parse(response.raw.body), "\(method) \(target) answers JSON")
            let problems = checker.problems(value, schema)
            #expect(problems.isEmpty, "\(method) \(target): \(problems)")
        }
    }
}
