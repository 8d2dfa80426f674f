import Foundation

/// The changed fields of one audit entry: `{"field": {"before": …, "after": …}}`, keys sorted so
/// the same change always serialises to the same bytes (the hash chain depends on it).
package struct AuditChanges: Sendable, Equatable {
    private var fields: [String: Change] = [:]

    private struct Change: Sendable, Equatable, Encodable {
        let before: String?
        let after: String?
    }

    package init() {}

    /// Records a field; nothing when before and after are equal.
    package mutating func set(_ field: String, from before: String?, to after: String?) {
        guard before != after else { return }
        fields[field] = Change(before: before, after: after)
    }

    /// A field that only has a new value (creation).
    package mutating func set(_ field: String, to after: String?) { set(field, from: nil, to: after) }

    /// True when no field changed.
    package var isEmpty: Bool { fields.isEmpty }

    /// The fields that changed, sorted.
    package var fieldNames: [String] { fields.keys.sorted() }

    /// The JSON text stored in `audit_log.changes`.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(fields), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
