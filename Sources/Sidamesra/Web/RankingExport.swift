import Core
import Documents

/// The columns of the ranking's CSV and XLSX exports and how one row fills them. No KK and the
/// head's NIK are written whole only for roles with `Action.viewFullNIK` (operator, pendamping,
/// staf, kasi: the roles that work with single households); for the others they are masked as
/// in the lists. Identifiers are text cells in XLSX (16 digits do not survive as numbers).
enum RankingExport {
    /// `pemisah=titik-koma` asks for `;` between fields (Excel in an Indonesian locale).
    static let separatorParameter = "pemisah"
    static let semicolonValue = "titik-koma"
    /// Rows read per short read transaction while streaming.
    static let chunkSize = 2_000
    /// CSV rows encoded per piece handed to the connection.
    static let csvRowsPerPiece = 500

    static let columns: [XLSXColumn] = [
        XLSXColumn("Peringkat", width: 10), XLSXColumn("Desil", width: 7), XLSXColumn("No KK", width: 19),
        XLSXColumn("NIK Kepala", width: 19), XLSXColumn("Kepala Keluarga", width: 28), XLSXColumn("Kode Kalurahan", width: 15),
        XLSXColumn("Kalurahan", width: 20), XLSXColumn("Anggota", width: 9), XLSXColumn("Skor", width: 7),
        XLSXColumn("Kategori", width: 15), XLSXColumn("Tanggal Penilaian", width: 17),
    ]

    static func identifier(_ text: String?, full: Bool) -> String {
        guard let text else { return "" }
        return full ? text : IdentityNumberText.masked(text)
    }

    /// One CSV record; the date as ISO `yyyy-mm-dd`, which every spreadsheet reads as a date.
    static func fields(_ row: RankedHousehold, fullNumbers: Bool) -> [String] {
        [
            String(row.rank), String(row.desil), identifier(row.noKK, full: fullNumbers),
            identifier(row.headNIK, full: fullNumbers), row.headName ?? "", row.desaCode, row.desaName,
            String(row.memberCount), String(row.total), row.bandName, row.assessedOn,
        ]
    }

    /// One XLSX row: numbers for rank, desil, members and score, a date cell for the assessment.
    static func cells(_ row: RankedHousehold, fullNumbers: Bool) -> [XLSXCell] {
        let date: XLSXCell = CalendarDate(iso: row.assessedOn).map { .date(year: $0.year, month: $0.month, day: $0.day) }
            ?? .text(row.assessedOn)
        return [
            .integer(row.rank), .integer(row.desil), .text(identifier(row.noKK, full: fullNumbers)),
            .text(identifier(row.headNIK, full: fullNumbers)), .text(row.headName ?? ""), .text(row.desaCode),
            .text(row.desaName), .integer(row.memberCount), .integer(row.total), .text(row.bandName), date,
        ]
    }
}
