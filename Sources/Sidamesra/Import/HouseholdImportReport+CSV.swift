extension HouseholdImportReport {
    /// The header of the problem report.
    package static let problemCSVHeader = ["baris", "kolom", "pesan"]

    /// Every problem as CSV (UTF-8 with a byte order mark, so Excel reads it as UTF-8).
    package func problemCSV() -> [UInt8] {
        var text = Self.problemCSVHeader.joined(separator: ",") + "\r\n"
        for problem in problems {
            text += "\(problem.row),\(Self.quoted(problem.column)),\(Self.quoted(problem.message))\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
