import Core
import Foundation
import HTTPServer
import Testing
import Web

/// The API's building blocks without a server: the error shape, what counts as an API path,
/// strict paging, and how an operation's path reads in the document.
@Suite struct APIErrorTests {
    static func body(_ response: Response) throws -> [String: Any] {
        guard case .bytes(let bytes) = response.body else { throw HTTPError(.internalServerError) }
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func theShapeHasCodeMessageFieldsAndRequestID() throws {
        let error = APIError(.unprocessableContent, message: "Periksa isian.", fields: ["nik": "NIK salah."])
        let response = error.response(requestID: "abc123")
        #expect(response.status == .unprocessableContent)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "no-store")
        let detail = try #require(try Self.body(response)["error"] as? [String: Any])
        #expect(detail["code"] as? String == "validation_failed")
        #expect(detail["message"] as? String == "Periksa isian.")
        #expect(detail["fields"] as? [String: String] == ["nik": "NIK salah."])
        #expect(detail["request_id"] as? String == "abc123")
    }

    @Test func withoutFieldsTheKeyIsLeftOutAndTheMessageIsTheStandardOne() throws {
        let detail = try #require(try Self.body(APIError(.notFound).response(requestID: "r"))["error"] as? [String: Any])
        #expect(detail["fields"] == nil)
        #expect(detail["message"] as? String == ErrorPage.message(for: .notFound))
    }

    @Test(arguments: [
        (400, "bad_request"), (401, "unauthorized"), (403, "forbidden"), (404, "not_found"), (405, "method_not_allowed"),
        (409, "conflict"), (413, "payload_too_large"), (415, "unsupported_media_type"), (422, "validation_failed"),
        (500, "internal_error"),
    ])
    func eachStatusHasItsCode(_ status: Int, _ code: String) {
        #expect(APIError.code(for: HTTPStatus(code: status)) == code)
    }

    @Test func unauthorizedCarriesTheBearerChallenge() {
        let response = APIError.unauthorized("Perlu token.").response(requestID: "r")
        #expect(response.headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
    }

    @Test(arguments: [
        ("/api", true), ("/api/", true), ("/api/v1/keluarga", true), ("//api/v1", true), ("/api/openapi.json", true),
        ("/apis", false), ("/keluarga", false), ("/", false), ("/static/api/x", false),
    ])
    func apiPaths(_ path: String, _ isAPI: Bool) {
        #expect(APIPaths.isAPI(path) == isAPI)
    }

    @Test func pagingIsStrict() throws {
        let page = try APIPage(try FormFields(urlEncoded: "page=3&per_page=40".utf8))
        #expect(page == APIPage(page: 3, perPage: 40))
        #expect(page.offset == 80)
        #expect(try APIPage(FormFields()) == APIPage(page: 1, perPage: APIPage.defaultPerPage))
        for bad in ["page=0", "page=x", "per_page=0", "per_page=101", "page=1.5", "page=99999999999999999999"] {
            #expect(throws: APIError.self, "\(bad)") { try APIPage(try FormFields(urlEncoded: bad.utf8)) }
        }
    }

    @Test func anOperationsPathReadsInOpenAPISyntax() {
        let operation = APIOperation(
            .GET, "/keluarga/:id/anggota/:person", action: Action.viewRegistry, operationID: "x", summary: "x",
            tags: [], responseSchema: Schema.string
        ) { _, _ in Response(text: "") }
        #expect(operation.documentPath == "/api/v1/keluarga/{id}/anggota/{person}")
    }

    @Test func theDocumentListsEachOperationWithItsErrorsAndTheBearerScheme() throws {
        struct Module: APIModule {
            var operations: [APIOperation] {
                [
                    APIOperation(
                        .POST, "/uji", action: Action.editRegistry, operationID: "uji", summary: "Uji", tags: ["Uji"],
                        requestBody: Schema.object(["a": Schema.string], required: ["a"]), successStatus: 201,
                        responseSchema: Schema.ref("Uji")
                    ) { _, _ in Response(text: "") }
                ]
            }
            var schemas: [String: JSONValue] { ["Uji": Schema.object(["id": Schema.integer], required: ["id"])] }
        }
        let json = OpenAPIDocument(modules: [Module()]).json
        let operation = try #require(json["paths"]?["/api/v1/uji"]?["post"])
        #expect(operation["x-permission"] == .string(Action.editRegistry))
        let responses = try #require(operation["responses"])
        for status in ["201", "400", "401", "403", "413", "415", "422", "500"] {
            #expect(responses[status] != nil, "\(status)")
        }
        #expect(json["components"]?["schemas"]?["Uji"] != nil)
        #expect(json["components"]?["schemas"]?["Error"] != nil)
        #expect(json["security"] == [["bearer": []]])
    }
}
