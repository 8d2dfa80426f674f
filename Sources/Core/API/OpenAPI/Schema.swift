/// JSON Schema (2020-12, the dialect of OpenAPI 3.1) written with a small vocabulary:
/// type, properties, required, items, enum, `$ref`, and null allowed through a type array.
/// The API tests check every response against these with exactly this vocabulary.
package enum Schema {
    package static let string: JSONValue = ["type": "string"]
    package static let integer: JSONValue = ["type": "integer"]
    package static let boolean: JSONValue = ["type": "boolean"]
    /// `YYYY-MM-DD`.
    package static let date: JSONValue = ["type": "string", "format": "date"]
    /// An RFC 3339 timestamp.
    package static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

    /// A string with a description.
    package static func string(_ description: String) -> JSONValue {
        ["type": "string", "description": .string(description)]
    }

    /// Exactly `count` ASCII digits (NIK, No KK).
    package static func digits(_ count: Int, _ description: String) -> JSONValue {
        pattern("^[0-9]{\(count)}$", description)
    }

    /// A string matching `pattern` (ECMA-262, anchored by the caller).
    package static func pattern(_ pattern: String, _ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(pattern), "description": .string(description)]
    }

    /// A string of `minLength`…`maxLength` characters.
    package static func text(minLength: Int, maxLength: Int) -> JSONValue {
        ["type": "string", "minLength": .int(minLength), "maxLength": .int(maxLength)]
    }

    /// An integer with optional bounds.
    package static func integer(minimum: Int? = nil, maximum: Int? = nil, description: String? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "integer"]
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// One of `values`.
    package static func enumeration(_ values: [String], description: String? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "string", "enum": .array(values.map(JSONValue.string))]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// An object; `additionalProperties` stays open so that fields can be added later.
    package static func object(
        _ properties: [String: JSONValue], required: [String], description: String? = nil
    ) -> JSONValue {
        var schema: [String: JSONValue] = [
            "type": "object", "properties": .object(properties), "required": .array(required.sorted().map(JSONValue.string)),
        ]
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// An array of `items`.
    package static func array(of items: JSONValue, maxItems: Int? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "array", "items": items]
        if let maxItems { schema["maxItems"] = .int(maxItems) }
        return .object(schema)
    }

    /// A reference to `#/components/schemas/<name>`.
    package static func ref(_ name: String) -> JSONValue {
        ["$ref": .string("#/components/schemas/" + name)]
    }

    /// `schema` that may also be null: `"type": ["object", "null"]` (no `$ref` here; inline the object).
    package static func nullable(_ schema: JSONValue) -> JSONValue {
        switch schema["type"] {
        case .string(let type)?: schema.setting("type", [.string(type), "null"])
        case .array(let types)?: schema.setting("type", .array(types + ["null"]))
        default: schema
        }
    }

    /// The error shape every `/api` answer uses (`APIError`).
    package static let error: JSONValue = object(
        [
            "error": object(
                [
                    "code": string("Kode tetap dalam bahasa Inggris: not_found, validation_failed, …"),
                    "message": string("Pesan untuk manusia, dalam bahasa Indonesia."),
                    "fields": [
                        "type": "object", "additionalProperties": string,
                        "description": "Pesan per isian yang melanggar aturan (hanya untuk validation_failed).",
                    ],
                    "request_id": string("Kode permintaan, untuk mencari catatan di server."),
                ], required: ["code", "message"]),
        ], required: ["error"])
}
