import Documents

/// The columns of a civil-registry extract file. Names match without regard to case, spaces or
/// underscores, and each has the spellings extracts commonly use; other columns are ignored.
package enum DukcapilImportColumn: String, CaseIterable, Sendable {
    case nik, noKK = "no_kk", name = "nama", birthPlace = "tempat_lahir", birthDate = "tanggal_lahir"
    case sex = "jenis_kelamin", address = "alamat", areaCode = "kode_wilayah"

    /// Accepted header spellings, compared after `headerKey`.
    var spellings: [String] {
        switch self {
        case .nik: ["nik"]
        case .noKK: ["nokk", "nkk", "nomorkk", "nokartukeluarga"]
        case .name: ["nama", "namalengkap"]
        case .birthPlace: ["tempatlahir", "tmptlahir", "tmplahir"]
        case .birthDate: ["tanggallahir", "tgllahir", "tgllhr"]
        case .sex: ["jeniskelamin", "jk", "kelamin"]
        case .address: ["alamat"]
        case .areaCode: ["kodewilayah", "kodedesa", "kodekelurahan", "kodewil"]
        }
    }

    /// Columns a file must have; the others may be missing (then empty).
    var isRequired: Bool {
        switch self {
        case .nik, .noKK, .name, .birthDate, .sex: true
        case .birthPlace, .address, .areaCode: false
        }
    }

    /// What the column holds, for the upload page.
    package var note: String {
        switch self {
        case .nik: "16 angka (wajib)"
        case .noKK: "16 angka (wajib)"
        case .name: "nama lengkap sesuai Dukcapil (wajib)"
        case .birthPlace: "tempat lahir"
        case .birthDate: "YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY, atau sel tanggal Excel (wajib)"
        case .sex: "L atau P (juga LAKI-LAKI/PEREMPUAN, 1/2) (wajib)"
        case .address: "alamat"
        case .areaCode: "kode wilayah Kemendagri desa/kalurahan"
        }
    }

    /// A header name reduced for comparison: lower case, without spaces, `_`, `-` and `.`.
    static func headerKey(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." })
    }

    /// The position of each column in `header` (missing columns absent).
    static func positions(in header: CSVRecord) -> [DukcapilImportColumn: Int] {
        var positions: [DukcapilImportColumn: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let key = headerKey(field)
            if let column = allCases.first(where: { $0.spellings.contains(key) }), positions[column] == nil {
                positions[column] = index
            }
        }
        return positions
    }
}
