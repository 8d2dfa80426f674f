/// A value a template can read: the context tree every render walks.
package enum MustacheValue: Sendable, Equatable {
    /// Nothing: renders as nothing, hides sections.
    case null
    /// `true` or `false`; renders as that word.
    case bool(Bool)
    /// An integer; renders in plain decimal.
    case int(Int)
    /// A floating-point number; renders in its shortest form (`1.5`, `1.21`), integral ones without `.0`.
    case double(Double)
    /// Text; HTML-escaped by `{{name}}`, written as it is by `{{{name}}}`.
    case string(String)
    /// A list: a section repeats once per item.
    case array([MustacheValue])
    /// Named members, found by `{{name}}` and dotted names; a section pushes it onto the context stack.
    case object(MustacheObject)

    /// Whether a section shows this value: `false`, null, 0, "" and [] hide it, as JavaScript's `!!value`
    /// does (the spec's definition of truthy); every object, even an empty one, shows it.
    package var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .double(let value): value != 0 && !value.isNaN
        case .string(let value): !value.isEmpty
        case .array(let items): !items.isEmpty
        case .object: true
        }
    }

    /// The member named `key` when this value is an object.
    package subscript(key: String) -> MustacheValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

extension MustacheValue: ExpressibleByNilLiteral {
    package init(nilLiteral: ()) { self = .null }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    package init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    package init(integerLiteral value: Int) { self = .int(value) }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    package init(floatLiteral value: Double) { self = .double(value) }
}

extension MustacheValue: ExpressibleByStringLiteral {
    package init(stringLiteral value: String) { self = .string(value) }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    package init(arrayLiteral elements: MustacheValue...) { self = .array(elements) }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    package init(dictionaryLiteral elements: (String, MustacheValue)...) {
        var members = MustacheObject()
        for (name, value) in elements { members[name] = value }
        self = .object(members)
    }
}
