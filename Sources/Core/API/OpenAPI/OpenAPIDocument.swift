import HTTPServer
import Web

/// The OpenAPI 3.1 document of `/api/v1`, generated from the modules' `APIOperation`s.
package struct OpenAPIDocument: Sendable {
    package let json: JSONValue

    /// Statuses every protected operation may answer.
    static let commonErrors = [401, 403, 500]

    package init(modules: [any APIModule], version: String = "1.0.0") {
        var paths: [String: [String: JSONValue]] = [:]
        var schemas: [String: JSONValue] = ["Error": Schema.error]
        for module in modules {
            schemas.merge(module.schemas) { first, _ in first }
            for operation in module.operations {
                paths[operation.documentPath, default: [:]][operation.method.rawValue.lowercased()] =
                    Self.operationObject(operation)
            }
        }
        json = [
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": [
                "title": "Dinsos API",
                "version": .string(version),
                "description": """
                    API untuk aplikasi lain (aplikasi desa, impor hasil BPJS): token bearer per pengguna, \
                    dengan peran dan wilayah pengguna itu. Semua kesalahan memakai bentuk `Error`.
                    """,
            ],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "schemas": .object(schemas),
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer", "description": "Token API dari admin."]],
                "responses": .object(Dictionary(uniqueKeysWithValues: Self.errorStatuses.map { status in
                    (String(status), Self.errorResponse(status))
                })),
            ],
            "security": [["bearer": []]],
        ]
    }

    /// Every status the shared error responses describe.
    static let errorStatuses = [400, 401, 403, 404, 405, 409, 413, 415, 422, 500]

    static func errorResponse(_ status: Int) -> JSONValue {
        [
            "description": .string(ErrorPage.title(for: HTTPStatus(code: status, reasonPhrase: ""))),
            "content": ["application/json": ["schema": Schema.ref("Error")]],
        ]
    }

    static func operationObject(_ operation: APIOperation) -> JSONValue {
        var success: JSONValue = [
            "description": "Berhasil.",
            "content": ["application/json": ["schema": operation.responseSchema]],
        ]
        if !operation.links.isEmpty { success = success.setting("links", .object(operation.links)) }
        var responses: [String: JSONValue] = [String(operation.successStatus): success]
        var errors = Set(commonErrors + operation.errorStatuses)
        if operation.requestBody != nil { errors.formUnion([400, 413, 415, 422]) }
        if !operation.parameters.isEmpty { errors.insert(400) }
        for status in errors {
            responses[String(status)] = ["$ref": .string("#/components/responses/\(status)")]
        }
        var object: [String: JSONValue] = [
            "operationId": .string(operation.operationID),
            "summary": .string(operation.summary),
            "tags": .array(operation.tags.map(JSONValue.string)),
            "responses": .object(responses),
            "x-permission": .string(operation.action),
        ]
        if !operation.parameters.isEmpty { object["parameters"] = .array(operation.parameters.map(\.document)) }
        if let body = operation.requestBody {
            object["requestBody"] = ["required": true, "content": ["application/json": ["schema": body]]]
        }
        return .object(object)
    }
}
