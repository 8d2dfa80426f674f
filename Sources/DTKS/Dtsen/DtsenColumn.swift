import Documents

/// The columns a DTSEN desil file is read by. SIKS-NG exports and the lists districts pass on
/// name them differently (`NIK`, `No. KK`, `NOMOR_KK`, `Nama ART`, `Desil Nasional`), so a header
/// is matched case-insensitively after spaces, dots and dashes become `_`, against the variants
/// below. Other columns are ignored.
package enum DtsenColumn: String, Sendable, CaseIterable {
    case nik
    case noKK = "no_kk"
    case name = "nama"
    case desil
    case idDTKS = "id_dtks"

    /// The header names read as this column, normalised.
    var variants: [String] {
        switch self {
        case .nik: ["nik", "no_nik", "nomor_nik", "nik_art", "nik_anggota", "nik_penerima", "nik_krt"]
        case .noKK: ["no_kk", "nokk", "kk", "nomor_kk", "no_kartu_keluarga", "nomor_kartu_keluarga", "kk_number"]
        case .name: ["nama", "name", "nama_lengkap", "nama_art", "nama_krt", "nama_kepala_keluarga", "nama_penerima"]
        case .desil: ["desil", "desil_nasional", "desil_dtsen", "peringkat_desil", "decile", "kategori_desil"]
        case .idDTKS: ["id_dtks", "iddtks", "id_dtsen", "id_art"]
        }
    }

    /// What the column holds, for the upload page.
    package var note: String {
        switch self {
        case .nik: "NIK anggota, 16 digit (NIK atau No KK wajib ada)"
        case .noKK: "No KK, 16 digit; tanpa NIK, desil berlaku untuk semua anggota keluarga yang hidup"
        case .name: "nama (wajib sebagai kolom; dipakai bila NIK belum tercatat sebagai peserta)"
        case .desil: "angka 1–10 (1 = 10% termiskin); \"Desil 3\" juga terbaca"
        case .idDTKS: "ID DTKS (boleh tidak ada)"
        }
    }

    /// Header names as users write them: `No. KK` → `no_kk`.
    static func normalized(_ name: String) -> String {
        var result = ""
        var lastWasSeparator = false
        for character in name.lowercased().trimmingCharacters(in: .whitespacesAndNewlines) {
            if character == " " || character == "." || character == "-" || character == "_" || character == "/" {
                if !lastWasSeparator && !result.isEmpty { result.append("_") }
                lastWasSeparator = true
            } else {
                result.append(character)
                lastWasSeparator = false
            }
        }
        return result.hasSuffix("_") ? String(result.dropLast()) : result
    }

    /// The position of each known column in `header` (the first match wins).
    static func positions(in header: CSVRecord) -> [DtsenColumn: Int] {
        let names = header.fields.map(normalized)
        var positions: [DtsenColumn: Int] = [:]
        for column in allCases {
            if let index = names.firstIndex(where: { column.variants.contains($0) }) { positions[column] = index }
        }
        return positions
    }
}
