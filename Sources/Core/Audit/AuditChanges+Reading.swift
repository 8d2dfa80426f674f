import Foundation

extension AuditChanges {
    /// One changed field read back from `audit_log.changes`.
    package struct StoredField: Sendable, Equatable {
        /// The field's name.
        package let name: String
        /// The value before the change; nil when the field had none (creation).
        package let before: String?
        /// The value after the change; nil when it was removed.
        package let after: String?

        package init(name: String, before: String?, after: String?) {
            self.name = name
            self.before = before
            self.after = after
        }
    }

    /// The fields of a stored `changes` text, sorted by name; nil when the text is not the shape
    /// `json` writes (`{"field": {"before": …, "after": …}}`). Numbers and booleans read as text.
    package static func storedFields(_ json: String) -> [StoredField]? {
        guard let stored = try? JSONDecoder().decode([String: StoredChange].self, from: Data(json.utf8)) else {
            return nil
        }
        return stored.keys.sorted().compactMap { name in
            stored[name].map { StoredField(name: name, before: $0.before?.text, after: $0.after?.text) }
        }
    }

    private struct StoredChange: Decodable {
        let before: StoredValue?
        let after: StoredValue?
    }

    private struct StoredValue: Decodable {
        let text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let integer = try? container.decode(Int64.self) {
                text = String(integer)
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else {
                text = String(try container.decode(Bool.self))
            }
        }
    }
}
