/// One record of a CSV file: its fields, and the line of the file where it starts (1-based,
/// counting every line break, also those inside quoted fields), for error reports.
package struct CSVRecord: Sendable, Equatable {
    /// The line where the record starts.
    package let line: Int
    /// The field values, unquoted, in order.
    package let fields: [String]

    package init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or nil when the record is shorter.
    package func field(_ index: Int) -> String? {
        fields.indices.contains(index) ? fields[index] : nil
    }

    /// True when every field is empty or only whitespace (a row Excel left behind).
    package var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}
