import Core
package import Database
package import Documents
import Registry

/// The attachment list of a batch (lampiran surat pengesahan) for upload to SIKS-NG: one row per
/// living member of every proposed household, grouped by kalurahan and proposal, the head first.
/// The column order is `columns`, fixed here and shown on the batch page; identifiers are text
/// cells in XLSX (16 digits do not survive as numbers).
package enum BatchExport {
    /// One member row.
    package struct Row: Sendable, Equatable {
        package let proposalID: Int64
        package let nik: String
        package let noKK: String
        package let name: String
        package let birthPlace: String
        package let birthDate: String
        package let sex: String
        package let relationship: String
        package let maritalStatus: String
        package let motherName: String
        package let address: String
        package let rt: String
        package let rw: String
        package let dusun: String
        package let areaCode: String
        package let desaName: String
        package let kecamatanName: String
        package let assessment: String
        package let match: String
    }

    /// The column titles, in the order every export writes them.
    package static let titles = [
        "No", "NIK", "No KK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Hubungan Keluarga", "Status Perkawinan",
        "Nama Ibu Kandung", "Alamat", "RT", "RW", "Dusun", "Kode Wilayah", "Kalurahan", "Kapanewon", "No Usulan",
        "Hasil Penilaian", "Status Padan",
    ]

    /// The XLSX columns.
    package static var columns: [XLSXColumn] {
        titles.map { XLSXColumn($0, width: ["NIK", "No KK", "Nama", "Alamat", "Nama Ibu Kandung"].contains($0) ? 22 : 14) }
    }

    /// The rows of batch `id`.
    package static func rows(of id: Int64, in db: Connection) throws -> [Row] {
        try db.query(
            """
            SELECT p.id, m.nik, h.no_kk, m.name, m.birth_place, m.birth_date, m.sex, m.relationship, m.marital_status,
                   m.mother_name, h.address, h.rt, h.rw, h.dusun, p.area_code, a.name, coalesce(k.name, ''),
                   coalesce(p.assessment, ''), coalesce(p.match_result, '')
            FROM dtks_proposals AS p
            JOIN households AS h ON h.id = p.household_id
            JOIN persons AS m ON m.household_id = h.id AND m.status = 'hidup'
            JOIN areas AS a ON a.code = p.area_code
            LEFT JOIN areas AS k ON k.code = a.parent_code
            WHERE p.batch_id = ?
            ORDER BY p.area_code, p.id, m.relationship <> 'kepala', m.birth_date, m.id
            """, [id]
        ).map { row in
            let sex: String = try row.get(6)
            let relationship: String = try row.get(7)
            let marital: String = try row.get(8)
            let assessment: String = try row.get(17)
            let match: String = try row.get(18)
            return Row(
                proposalID: try row.get(0), nik: try row.get(1), noKK: try row.get(2), name: try row.get(3), birthPlace: try row.get(4),
                birthDate: try row.get(5), sex: Sex(rawValue: sex)?.label ?? sex,
                relationship: Relationship(rawValue: relationship)?.label ?? relationship,
                maritalStatus: MaritalStatus(rawValue: marital)?.label ?? marital, motherName: try row.get(9), address: try row.get(10),
                rt: try row.get(11), rw: try row.get(12), dusun: try row.get(13), areaCode: try row.get(14), desaName: try row.get(15),
                kecamatanName: try row.get(16), assessment: assessment == "layak" ? "Layak" : assessment,
                match: match == "padan" ? "Padan" : match)
        }
    }

    /// One CSV record in `titles` order; numbers masked unless `fullNumbers`.
    package static func fields(_ row: Row, number: Int, fullNumbers: Bool) -> [String] {
        let nik = fullNumbers ? row.nik : IdentityNumberText.masked(row.nik)
        let noKK = fullNumbers ? row.noKK : IdentityNumberText.masked(row.noKK)
        return [
            String(number), nik, noKK, row.name, row.birthPlace, row.birthDate, row.sex, row.relationship, row.maritalStatus,
            row.motherName, row.address, row.rt, row.rw, row.dusun, row.areaCode, row.desaName, row.kecamatanName,
            String(row.proposalID), row.assessment, row.match,
        ]
    }

    /// The same row as XLSX cells: text everywhere except the row number, a date cell for the birth date.
    package static func cells(_ row: Row, number: Int, fullNumbers: Bool) -> [XLSXCell] {
        fields(row, number: number, fullNumbers: fullNumbers).enumerated().map { index, value in
            switch index {
            case 0: .integer(number)
            case 5: CalendarDate(iso: value).map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .text(value)
            default: .text(value)
            }
        }
    }
}
