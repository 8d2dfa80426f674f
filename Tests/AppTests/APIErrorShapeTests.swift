import App
import Core
import Foundation
import HTTPServer
import Registry
import Testing
import TestSupport
import Web

/// Every error under `/api` is JSON of one shape, whoever produced it: the router, the body
/// limit, the guard, the handler, or an unexpected failure.
@Suite struct APIErrorShapeTests {
    struct Boom: Error {}

    /// The shape: `error.code`, `error.message` in Indonesian, `request_id`; never HTML.
    static func expectShape(_ response: APIResponse, status: Int, code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.isJSON, "JSON, not \(response.raw.header("Content-Type") ?? "-")", sourceLocation: sourceLocation)
        #expect(response.errorCode == code, sourceLocation: sourceLocation)
        let error = response.object["error"] as? [String: Any]
        #expect((error?["message"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
        #expect((error?["request_id"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(!response.raw.text.contains("<html"), sourceLocation: sourceLocation)
    }

    @Test func eachStatusHasTheShape() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        let kadis = try fixture.token("kadis", role: .kadis)

        Self.expectShape(try fixture.call("GET", "/api/v1/keluarga?per_page=x", token: token), status: 400, code: "bad_request")
        Self.expectShape(try fixture.call("POST", "/api/v1/keluarga", token: token, json: "[1,"), status: 400, code: "bad_request")
        Self.expectShape(try fixture.call("GET", "/api/v1/keluarga"), status: 401, code: "unauthorized")
        Self.expectShape(
            try fixture.call("POST", "/api/v1/keluarga", token: kadis, json: "{}"), status: 403, code: "forbidden")
        Self.expectShape(try fixture.call("GET", "/api/v1/tidak-ada", token: token), status: 404, code: "not_found")
        Self.expectShape(try fixture.call("GET", "/api/tidak-ada"), status: 404, code: "not_found")
        Self.expectShape(try fixture.call("GET", "/api/v1/keluarga/abc", token: token), status: 404, code: "not_found")
        let wrongMethod = try fixture.call("DELETE", "/api/v1/keluarga", token: token)
        Self.expectShape(wrongMethod, status: 405, code: "method_not_allowed")
        #expect(wrongMethod.raw.header("Allow")?.contains("POST") == true)
        // TRACE reaches the router (no route allows it) instead of the parser's plain-text 501.
        Self.expectShape(try fixture.call("TRACE", "/api/v1/keluarga", token: token), status: 405, code: "method_not_allowed")
        Self.expectShape(try fixture.call("QUERY", "/api/v1/keluarga", token: token), status: 405, code: "method_not_allowed")
        let big = "{\"no_kk\": \"" + String(repeating: "1", count: 70_000) + "\"}"
        Self.expectShape(try fixture.call("POST", "/api/v1/keluarga", token: token, json: big), status: 413, code: "payload_too_large")
        // A declared length over the server's limit is refused before any handler runs: still JSON.
        let declaredTooLarge = try fixture.call(
            "POST", "/api/v1/keluarga", token: token,
            headers: ["Content-Type": "application/json", "Content-Length": "200000000"])
        Self.expectShape(declaredTooLarge, status: 413, code: "payload_too_large")
        // A chunked body is refused when its chunks pass the limit, also in the JSON shape.
        let client = try RawHTTPClient(port: fixture.app.server.port)
        defer { client.close() }
        try client.send(
            "POST /api/v1/keluarga HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer \(token)\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFF\r\n")
        Self.expectShape(APIResponse(try client.readResponse()), status: 413, code: "payload_too_large")
        Self.expectShape(
            try fixture.call("POST", "/api/v1/keluarga", token: token, json: "no_kk=1", contentType: "application/x-www-form-urlencoded"),
            status: 415, code: "unsupported_media_type")
        let incomplete = try fixture.call(
            "POST", "/api/v1/keluarga", token: token,
            json: #"{"no_kk": "1", "head": {"nik": "1", "name": "A", "sex": "L", "birth_date": "x"}}"#)
        Self.expectShape(incomplete, status: 422, code: "validation_failed")
        #expect(incomplete.errorFields["area_code"] == "Wajib diisi.", "\(incomplete.raw.text)")
        let wrongType = try fixture.call(
            "POST", "/api/v1/keluarga", token: token,
            json: #"{"no_kk": "1", "area_code": "x", "head": {"nik": 5, "name": "A", "sex": "L", "birth_date": "x"}}"#)
        #expect(wrongType.errorFields["head.nik"] != nil)
    }

    @Test func pagesOutsideTheAPIStayHTML() throws {
        let fixture = try APIFixture()
        let response = try fixture.call("GET", "/tidak-ada")
        #expect(response.status == 404)
        #expect(response.raw.header("Content-Type")?.hasPrefix("text/html") == true)
    }

    @Test func anUnexpectedErrorIsA500WithoutDetails() throws {
        let fixture = try APIFixture()
        let application = try buildApplication(fixture.app.environment) { routes in
            routes.get("/api/v1/rusak", access: .public) { _, _ in throw Boom() }
        }
        let server = try TestServer(responder: application)
        defer { server.stop() }
        let client = try server.client()
        let response = APIResponse(try client.request("GET /api/v1/rusak HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        Self.expectShape(response, status: 500, code: "internal_error")
        #expect(!response.raw.text.contains("Boom"))
    }

    @Test(arguments: [
        (WorkflowError.illegalTransition(name: "setujui", from: "baru") as any Error, 409, "conflict"),
        (WorkflowError.notPermitted(name: "setujui"), 403, "forbidden"),
        (WorkflowError.noteRequired(name: "tolak"), 422, "validation_failed"),
        (RegistryError.invalid([.nik: "NIK salah."]), 422, "validation_failed"),
        (RegistryError.notFound, 404, "not_found"),
        (HTTPError(.badRequest), 400, "bad_request"),
    ])
    func moduleErrorsMapToTheirStatus(_ error: any Error, _ status: Int, _ code: String) throws {
        let mapped = try #require(APIErrorMapping.apiError(for: error))
        #expect(mapped.status.code == status)
        #expect(mapped.code == code)
    }

    @Test func fieldErrorsOfTheRegisterCarryTheInputNames() throws {
        let mapped = try #require(APIErrorMapping.apiError(for: RegistryError.invalid([.nik: "NIK salah.", .noKK: "No KK salah."])))
        #expect(mapped.fields == ["nik": "NIK salah.", "no_kk": "No KK salah."])
    }

    @Test func unexpectedErrorsAreLeftToTheLoggingMiddleware() {
        #expect(APIErrorMapping.apiError(for: Boom()) == nil)
        #expect(APIErrorMapping.apiError(for: HTTPError(.internalServerError)) == nil)
    }
}
