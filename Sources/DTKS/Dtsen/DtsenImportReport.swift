import Documents

/// What a DTSEN import found (and, after the write, did): each problem row with its kind, and
/// the counts.
package struct DtsenImportReport: Sendable, Equatable {
    /// One refused row: its line (or sheet row), the column, the kind and an Indonesian message.
    package struct Problem: Sendable, Equatable {
        package let row: Int
        package let column: String
        package let kind: DtsenProblem
        package let message: String
    }

    package var problems: [Problem] = []
    /// Data rows read (blank rows not counted).
    package var rows = 0
    /// Rows that will be (or were) applied.
    package var validRows = 0
    /// Persons whose registration the valid rows touch.
    package var persons = 0
    /// Registrations written (new or changed) by the write; 0 for a dry run.
    package var written = 0

    package init() {}

    /// The kinds of problem found, each with its count.
    package func count(of kind: DtsenProblem) -> Int { problems.filter { $0.kind == kind }.count }

    /// "120 baris: 115 valid (130 orang), 5 bermasalah".
    package var countsText: String {
        "\(rows) baris: \(validRows) valid (\(persons) orang), \(rows - validRows) bermasalah"
    }

    /// The header of the report file.
    package static let csvHeader = ["baris", "kolom", "jenis", "pesan"]

    /// Every problem as CSV (with a byte order mark, so Excel reads UTF-8).
    package func problemCSV() -> [UInt8] {
        var writer = CSVWriter(delimiter: .comma, byteOrderMark: true)
        writer.write(Self.csvHeader)
        for problem in problems { writer.write([String(problem.row), problem.column, problem.kind.rawValue, problem.message]) }
        return writer.takeBytes()
    }
}
