import Foundation

/// A JSON Schema checker for the vocabulary the API's document uses: `type` (one or an array,
/// so `["string", "null"]`), `properties`, `required`, `additionalProperties` (a schema),
/// `items`, `minItems`, `maxItems`, `enum`, `minimum`, `maximum`, `minLength`, `maxLength`, `pattern` and
/// `$ref` into the document.
/// Any other keyword in a schema is reported, so the document cannot grow keywords nothing checks.
struct APISchemaChecker {
    let document: JSONNode

    static let known: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "enum", "minimum", "maximum",
        "pattern", "$ref", "description", "format", "minLength", "maxLength",
    ]

    /// The problems of `value` against `schema`, each naming where (`$.items[0].nik`).
    func problems(_ value: JSONNode, _ schema: JSONNode, at path: String = "$") -> [String] {
        guard let keywords = schema.object else { return ["\(path): schema is not an object"] }
        var problems: [String] = keywords.keys.filter { !Self.known.contains($0) }.map { "\(path): unknown keyword \($0)" }
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { return problems + ["\(path): unresolved \(ref)"] }
            return problems + self.problems(value, target, at: path)
        }
        if let type = schema["type"] {
            let types = type.array?.compactMap(\.string) ?? [type.string ?? "?"]
            guard types.contains(where: { Self.matches(value, type: $0) }) else {
                return problems + ["\(path): \(value) is not \(types.joined(separator: "|"))"]
            }
        }
        switch value {
        case .null:
            break
        case .string(let text):
            if let allowed = schema["enum"]?.array, !allowed.contains(value) { problems.append("\(path): \(text) not in enum") }
            if let minimum = schema["minLength"]?.int, text.count < minimum { problems.append("\(path): shorter than \(minimum)") }
            if let maximum = schema["maxLength"]?.int, text.count > maximum { problems.append("\(path): longer than \(maximum)") }
            if let pattern = schema["pattern"]?.string, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \(text) does not match \(pattern)")
            }
        case .int(let number):
            if let minimum = schema["minimum"]?.int, number < minimum { problems.append("\(path): \(number) below \(minimum)") }
            if let maximum = schema["maximum"]?.int, number > maximum { problems.append("\(path): \(number) above \(maximum)") }
        case .object(let members):
            let properties = schema["properties"]?.object ?? [:]
            for name in schema["required"]?.array?.compactMap(\.string) ?? [] where members[name] == nil {
                problems.append("\(path): missing \(name)")
            }
            for (name, member) in members {
                if let propertySchema = properties[name] {
                    problems += self.problems(member, propertySchema, at: "\(path).\(name)")
                } else if let additional = schema["additionalProperties"], additional.object != nil {
                    problems += self.problems(member, additional, at: "\(path).\(name)")
                }
            }
        case .array(let items):
            if let minItems = schema["minItems"]?.int, items.count < minItems { problems.append("\(path): under \(minItems) items") }
            if let maxItems = schema["maxItems"]?.int, items.count > maxItems { problems.append("\(path): over \(maxItems) items") }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { problems += self.problems(item, itemSchema, at: "\(path)[\(index)]") }
            }
        default:
            break
        }
        return problems
    }

    /// `#/components/schemas/X` and the like, inside the document.
    func resolve(_ ref: String) -> JSONNode? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = document
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let next = node[String(part)] else { return nil }
            node = next
        }
        return node
    }

    /// The schema of the `status` answer of `method path` (a `$ref`'d response followed), nil
    /// when the document does not list that status.
    func responseSchema(_ method: String, _ path: String, status: Int) -> JSONNode? {
        guard var response = document["paths"]?[path]?[method.lowercased()]?["responses"]?[String(status)] else {
            return nil
        }
        if let ref = response["$ref"]?.string, let target = resolve(ref) { response = target }
        return response["content"]?["application/json"]?["schema"]
    }

    static func matches(_ value: JSONNode, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default:
            false
        }
    }
}
