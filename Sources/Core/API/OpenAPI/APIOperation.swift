package import HTTPServer
package import Web

/// One endpoint of `/api/v1`: its route, the permission action it needs, and what the OpenAPI
/// document says about it, declared together so that the route table and the document cannot
/// drift apart. Modules list theirs in an `APIModule`.
package struct APIOperation: Sendable {
    package let method: HTTPMethod
    /// Below `/api/v1`, in the router's syntax: `/keluarga/:id`.
    package let path: String
    /// The `Permissions` action, exactly like a UI route's `.requires(action)`.
    package let action: String
    /// Unique in the document, camelCase: `getHousehold`.
    package let operationID: String
    /// One line in Indonesian.
    package let summary: String
    package let tags: [String]
    package let parameters: [APIParameter]
    /// The JSON schema of the request body, nil when the operation takes none.
    package let requestBody: JSONValue?
    /// The success status (200, 201) and the schema of its body.
    package let successStatus: Int
    package let responseSchema: JSONValue
    /// The error statuses this operation answers besides 401, 403 and 500 (always listed).
    package let errorStatuses: [Int]
    /// The largest body accepted, checked by the API layer so the answer is JSON (413).
    package let bodyLimit: Int
    /// OpenAPI link objects of the success response, by name: where its values lead next
    /// (`POST` → `GET` of what it created), for clients and schemathesis' stateful tests.
    package let links: [String: JSONValue]
    package let handler: RouteHandler

    package init(
        _ method: HTTPMethod, _ path: String, action: String, operationID: String, summary: String, tags: [String],
        parameters: [APIParameter] = [], requestBody: JSONValue? = nil, successStatus: Int = 200,
        responseSchema: JSONValue, errorStatuses: [Int] = [], bodyLimit: Int = 65_536,
        links: [String: JSONValue] = [:], handler: @escaping RouteHandler
    ) {
        self.method = method
        self.path = path
        self.action = action
        self.operationID = operationID
        self.summary = summary
        self.tags = tags
        self.parameters = parameters
        self.requestBody = requestBody
        self.successStatus = successStatus
        self.responseSchema = responseSchema
        self.errorStatuses = errorStatuses
        self.bodyLimit = bodyLimit
        self.links = links
        self.handler = handler
    }

    /// A link to operation `operationID` with its `parameters` taken from this response, as
    /// runtime expressions (`"$response.body#/id"`, OpenAPI 3.1 §4.8.20.4).
    package static func link(to operationID: String, parameters: [String: String]) -> JSONValue {
        ["operationId": .string(operationID), "parameters": .object(parameters.mapValues(JSONValue.string))]
    }

    /// The full path in OpenAPI's syntax: `/api/v1/keluarga/{id}`.
    package var documentPath: String {
        APIPaths.version1 + path.split(separator: "/").map { segment in
            segment.hasPrefix(":") ? "/{" + segment.dropFirst() + "}" : "/" + segment
        }.joined()
    }
}
