/// What a load of the civil-registry extract found and did: every row problem, and the counts.
package struct DukcapilImportReport: Sendable, Equatable {
    /// One refused row: its line (CSV) or row number (XLSX), the column, an Indonesian message.
    package struct Problem: Sendable, Equatable {
        package let row: Int
        package let column: String
        package let message: String

        package init(row: Int, column: String, message: String) {
            self.row = row
            self.column = column
            self.message = message
        }
    }

    package var problems: [Problem] = []
    /// Data rows read (blank rows not counted).
    package var rowsRead = 0
    /// Valid rows (loaded, unless the load was refused).
    package var validRows = 0
    /// True once the rows replaced the previous extract.
    package var loaded = false
    /// The `dukcapil_loads` id of a committed load.
    package var loadID: Int64?

    package init() {}

    /// "1.000 baris dibaca, 998 valid, 2 bermasalah".
    package var countsText: String {
        "\(rowsRead) baris dibaca, \(validRows) valid, \(rowsRead - validRows) bermasalah"
    }

    /// Every problem as CSV (UTF-8 with a byte order mark, for Excel).
    package func problemCSV() -> [UInt8] {
        var text = "baris,kolom,pesan\r\n"
        for problem in problems {
            text += "\(problem.row),\(Self.quoted(problem.column)),\(Self.quoted(problem.message))\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
