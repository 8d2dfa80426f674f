/// The column names of a statement's result, shared by every row it produces.
///
/// Looking a column up by name accepts the name as written and its lower camel case form, so a
/// `household_id` column is found as `householdId` (the Swift property that usually holds it).
final class RowColumns: Sendable {
    let names: [String]
    let sql: String
    private let indexByName: [String: Int]

    init(names: [String], sql: String) {
        self.names = names
        self.sql = sql
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count * 2)
        for (position, name) in names.enumerated() {
            let camel = Self.lowerCamelCase(name)
            if camel != name, index[camel] == nil { index[camel] = position }
        }
        // Exact names win over derived ones: assigned last so they overwrite.
        for (position, name) in names.enumerated().reversed() { index[name] = position }
        self.indexByName = index
    }

    func index(of name: String) -> Int? { indexByName[name] }

    static func lowerCamelCase(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var upperNext = false
        for character in name {
            if character == "_" {
                upperNext = !result.isEmpty
            } else if upperNext {
                result += character.uppercased()
                upperNext = false
            } else {
                result.append(character)
            }
        }
        return result
    }
}
