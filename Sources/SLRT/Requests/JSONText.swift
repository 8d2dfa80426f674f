import Foundation

/// The JSON text of the small objects SLRT keeps in a column, keys sorted so equal values store equal.
enum JSONText {
    static func object(_ value: [String: String]) -> String { encode(value) ?? "{}" }
    static func array(_ value: [String]) -> String { encode(value) ?? "[]" }

    static func encode(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// LIKE patterns from user text: `%`, `_` and the escape character itself taken literally.
enum LikePattern {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
