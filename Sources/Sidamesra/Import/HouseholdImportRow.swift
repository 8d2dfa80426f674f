import Documents

/// One data row of an import file: the known columns' values (trimmed) and the answer columns'
/// text by indicator code.
struct HouseholdImportRow: Sendable {
    let line: Int
    let values: [HouseholdImportColumn: String]
    /// Indicator code → the text in its column (empty cells left out).
    let answers: [String: String]

    subscript(column: HouseholdImportColumn) -> String { values[column] ?? "" }
}

/// Where each column sits in the header of one file.
struct HouseholdImportLayout: Sendable {
    let columns: [(HouseholdImportColumn, Int)]
    /// Indicator code → position, for the codes of the active set found in the header.
    let answerColumns: [(String, Int)]

    /// The layout of `header`: problems name missing required columns and unknown names
    /// (a mistyped indicator code would otherwise be lost silently).
    static func read(_ header: CSVRecord, indicatorCodes: Set<String>, problems: inout [HouseholdImportReport.Problem])
        -> HouseholdImportLayout?
    {
        var columns: [(HouseholdImportColumn, Int)] = []
        var answers: [(String, Int)] = []
        var unknown: [String] = []
        for (index, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace
            if name.isEmpty { continue }
            if let column = HouseholdImportColumn(rawValue: name.lowercased()) {
                columns.append((column, index))
            } else if indicatorCodes.contains(name.uppercased()) {
                answers.append((name.uppercased(), index))
            } else {
                unknown.append(name)
            }
        }
        let present = Set(columns.map(\.0))
        let missing = HouseholdImportColumn.required.filter { !present.contains($0) }
        if !missing.isEmpty {
            problems.append(.init(
                row: header.line, column: "",
                message: "Kolom wajib tidak ada: \(missing.map(\.rawValue).joined(separator: ", ")). Unduh templat untuk daftar kolom."))
        }
        if !unknown.isEmpty {
            problems.append(.init(
                row: header.line, column: "",
                message: "Kolom tidak dikenal: \(unknown.joined(separator: ", ")). Kolom jawaban harus bernama kode indikator set yang aktif."))
        }
        guard missing.isEmpty, unknown.isEmpty else { return nil }
        return HouseholdImportLayout(columns: columns, answerColumns: answers)
    }

    func row(_ record: CSVRecord) -> HouseholdImportRow {
        var values: [HouseholdImportColumn: String] = [:]
        for (column, index) in columns { values[column] = (record.field(index) ?? "").trimmingWhitespace }
        var answers: [String: String] = [:]
        for (code, index) in answerColumns {
            let text = (record.field(index) ?? "").trimmingWhitespace
            if !text.isEmpty { answers[code] = text }
        }
        return HouseholdImportRow(line: record.line, values: values, answers: answers)
    }
}

extension String {
    /// Without leading and trailing whitespace; the usual untouched cell costs two checks.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
