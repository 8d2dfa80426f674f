/// A path or query parameter of an API operation, as the document lists it.
package struct APIParameter: Sendable {
    package enum Location: String, Sendable { case path, query }

    package let name: String
    package let location: Location
    package let required: Bool
    package let schema: JSONValue
    package let description: String

    package init(_ name: String, in location: Location, required: Bool? = nil, schema: JSONValue, description: String) {
        self.name = name
        self.location = location
        self.required = required ?? (location == .path)
        self.schema = schema
        self.description = description
    }

    /// `page` and `per_page` of a paged list (`APIPage`).
    package static let paging: [APIParameter] = [
        APIParameter(
            "page", in: .query, schema: Schema.integer(minimum: 1, maximum: APIPage.maximumPage),
            description: "Nomor halaman, mulai dari 1."),
        APIParameter(
            "per_page", in: .query, schema: Schema.integer(minimum: 1, maximum: APIPage.maximumPerPage),
            description: "Baris per halaman (bawaan \(APIPage.defaultPerPage), paling banyak \(APIPage.maximumPerPage))."),
    ]

    package var document: JSONValue {
        [
            "name": .string(name), "in": .string(location.rawValue), "required": .bool(required), "schema": schema,
            "description": .string(description),
        ]
    }
}
