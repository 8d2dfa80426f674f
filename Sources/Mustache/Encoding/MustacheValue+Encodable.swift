extension MustacheValue {
    /// The value tree of an `Encodable` view model: structs become objects, arrays arrays, nil null,
    /// dates ISO 8601 strings, URLs and UUIDs their text.
    package init(encoding model: some Encodable) throws {
        self = try MustacheValueEncoder.slot(for: model, codingPath: []).value()
    }
}

extension MustacheValue: Encodable {
    /// Encodes as the JSON-like value it is, so view models may hold prepared `MustacheValue`s.
    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: NameKey.self)
            for (key, value) in members { try container.encode(value, forKey: NameKey(key)) }
        }
    }
}

/// A coding key for an object member of any name.
struct NameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue) }
}
