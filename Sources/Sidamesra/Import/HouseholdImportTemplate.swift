import Documents
import Foundation
import Registry

/// The downloadable templates of the household import: the header (base columns, then the
/// active set's indicator codes) and one invented example household head; the XLSX has a
/// second sheet "Petunjuk" documenting every column.
package enum HouseholdImportTemplate {
    /// The header for `set`.
    package static func header(for set: IndicatorSet) -> [String] {
        HouseholdImportColumn.allCases.map(\.rawValue) + set.indicators.map(\.code)
    }

    /// One example head row (invented: the NIK fits a man born 15 May 1980 in Srandakan).
    package static func exampleRow(for set: IndicatorSet) -> [String] {
        let base: [HouseholdImportColumn: String] = [
            .noKK: "3402010000000001", .areaCode: "34.02.01.2001", .dusun: "Kauman", .rt: "003", .rw: "001",
            .address: "Jl. Mawar 7", .nik: "3402011505800001", .name: "Contoh Kepala Keluarga", .sex: "L",
            .birthPlace: "Bantul", .birthDate: "15-05-1980", .relationship: Relationship.head.rawValue,
            .maritalStatus: MaritalStatus.married.rawValue, .religion: Religion.islam.rawValue,
            .education: Education.primary.rawValue, .occupation: "Petani", .motherName: "Ibu Contoh",
            .disability: Disability.none.rawValue, .chronicIllness: "", .jknSegment: JKNSegment.pbiAPBN.rawValue,
            .assessedOn: "01-03-2025",
        ]
        return HouseholdImportColumn.allCases.map { base[$0] ?? "" } + set.indicators.map { _ in "1" }
    }

    /// The CSV template: UTF-8 with a byte order mark (Excel then reads it as UTF-8), comma separated.
    package static func csv(for set: IndicatorSet) -> [UInt8] {
        let lines = [header(for: set), exampleRow(for: set)].map { $0.map(quoted).joined(separator: ",") }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A workbook with `rows` under the header (text cells), and the column notes on a second sheet.
    package static func xlsx(header: [String], rows: [[String]], notes: [(String, String)] = []) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = XLSXWriter(sink: ByteSink { bytes += $0 })
        try writer.startSheet(named: "Keluarga", columns: header.map { XLSXColumn($0, width: 16) })
        for row in rows { try writer.addRow(row.map { .text($0) }) }
        if !notes.isEmpty {
            try writer.startSheet(named: "Petunjuk", columns: [XLSXColumn("Kolom", width: 20), XLSXColumn("Isi", width: 90)])
            for (column, note) in notes { try writer.addRow([.text(column), .text(note)]) }
        }
        try writer.finish()
        return bytes
    }

    /// The XLSX template for `set`.
    package static func xlsx(for set: IndicatorSet) throws -> [UInt8] {
        try xlsx(header: header(for: set), rows: [exampleRow(for: set)], notes: notes(for: set))
    }

    /// Every column with what it holds.
    package static func notes(for set: IndicatorSet) -> [(String, String)] {
        HouseholdImportColumn.allCases.map { ($0.rawValue, $0.note) }
            + set.indicators.map { indicator in
                let options = indicator.options.map { "\($0.position) = \($0.label)" }.joined(separator: "; ")
                return (indicator.code, "\(indicator.question) Baris kepala saja; isi nomor atau label: \(options)")
            }
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
