/// The header record of a file, for reading fields by column name. Names match without regard
/// to case or surrounding spaces, so `Code`, ` code ` and `CODE` find the column `code`.
package struct CSVHeader: Sendable, Equatable {
    /// The column names as written, trimmed.
    package let names: [String]
    private let keys: [String]

    package init(_ record: CSVRecord) {
        names = record.fields.map(Self.trimmed)
        keys = names.map { $0.lowercased() }
    }

    /// The position of column `name`, or nil.
    package func index(of name: String) -> Int? {
        keys.firstIndex(of: Self.trimmed(name).lowercased())
    }

    /// The names in `required` that the header does not have, in the given order.
    package func missing(_ required: [String]) -> [String] {
        required.filter { index(of: $0) == nil }
    }

    /// The value of column `name` in `record`: nil when there is no such column, "" when the
    /// record is shorter than the header.
    package func value(_ name: String, in record: CSVRecord) -> String? {
        guard let index = index(of: name) else { return nil }
        return record.field(index) ?? ""
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
