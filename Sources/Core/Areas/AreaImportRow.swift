import Documents

/// One data row of an area file, trimmed, before any rule is checked.
struct AreaImportRow: Sendable, Equatable {
    let line: Int
    let code: String
    let name: String
    let parentCode: String
    let level: String

    /// The columns, each with the Indonesian names accepted for it.
    static let columns: [(name: String, aliases: [String])] = [
        ("code", ["kode"]), ("name", ["nama"]), ("parent_code", ["kode_induk"]), ("level", ["tingkat"]),
    ]

    /// Reads the header and every data row from `read`. Problems of the file as a whole (no
    /// header, missing columns, no rows, broken CSV) are added to `problems`; rows whose fields are
    /// all empty (left by spreadsheet programs) are skipped.
    static func read(from read: () throws(CSVError) -> CSVRecord?, problems: inout [AreaImportReport.Problem]) throws
        -> [AreaImportRow]
    {
        var rows: [AreaImportRow] = []
        do throws(CSVError) {
            guard let headerRecord = try read() else {
                problems.append(.init(line: 1, message: "Berkas kosong: baris pertama harus berisi nama kolom code,name,parent_code,level."))
                return []
            }
            let header = CSVHeader(headerRecord)
            var indices: [Int] = []
            var missing: [String] = []
            for column in columns {
                if let index = ([column.name] + column.aliases).lazy.compactMap(header.index(of:)).first {
                    indices.append(index)
                } else {
                    missing.append(column.name)
                }
            }
            guard missing.isEmpty else {
                problems.append(.init(
                    line: headerRecord.line,
                    message: "Kolom wajib tidak ada: \(missing.joined(separator: ", ")). Baris pertama harus berisi nama kolom code,name,parent_code,level."))
                return []
            }
            while let record = try read() {
                if record.isBlank { continue }
                let values = indices.map { (record.field($0) ?? "").trimmingWhitespace }
                rows.append(AreaImportRow(line: record.line, code: values[0], name: values[1], parentCode: values[2], level: values[3]))
            }
            if rows.isEmpty {
                problems.append(.init(line: headerRecord.line, message: "Berkas tidak berisi baris data di bawah nama kolom."))
            }
        } catch {
            guard let line = error.line else { throw error }
            problems.append(.init(line: line, message: "Berkas CSV rusak: \(error.message)"))
        }
        return rows
    }
}

extension String {
    /// Without spaces, tabs and line breaks at either end (cells typed or pasted in Excel often have them).
    fileprivate var trimmingWhitespace: String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
