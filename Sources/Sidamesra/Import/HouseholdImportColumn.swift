/// The columns of a household import file: one row per person; the household columns repeat on
/// every member row and rows are grouped by `no_kk`; indicator answers (columns named by
/// indicator code, `RMH01`…) and `tanggal_penilaian` are filled on the head's row only.
package enum HouseholdImportColumn: String, Sendable, CaseIterable {
    case noKK = "no_kk"
    case areaCode = "kode_wilayah"
    case dusun
    case rt
    case rw
    case address = "alamat"
    case nik
    case name = "nama"
    case sex = "jenis_kelamin"
    case birthPlace = "tempat_lahir"
    case birthDate = "tanggal_lahir"
    case relationship = "hubungan"
    case maritalStatus = "status_perkawinan"
    case religion = "agama"
    case education = "pendidikan"
    case occupation = "pekerjaan"
    case motherName = "nama_ibu"
    case disability = "disabilitas"
    case chronicIllness = "penyakit_kronis"
    case jknSegment = "jkn"
    case assessedOn = "tanggal_penilaian"

    /// Columns a file must have in its header.
    package static let required: [HouseholdImportColumn] = [
        .noKK, .areaCode, .nik, .name, .sex, .birthDate, .relationship, .maritalStatus, .religion, .education,
    ]

    /// The household's own columns: the same on every row of one No KK.
    static let householdColumns: [HouseholdImportColumn] = [.areaCode, .dusun, .rt, .rw, .address]

    /// What the column holds, for the template's notes and README.
    package var note: String {
        switch self {
        case .noKK: "No KK, 16 digit; baris dengan No KK yang sama adalah satu keluarga"
        case .areaCode: "kode kalurahan/desa (mis. 34.02.01.2001) di wilayah Anda"
        case .dusun: "padukuhan/dusun (boleh kosong)"
        case .rt, .rw: "angka, paling banyak 3 digit (boleh kosong)"
        case .address: "alamat jalan (boleh kosong)"
        case .nik: "NIK, 16 digit, sesuai tanggal lahir dan jenis kelamin (perempuan: tanggal + 40)"
        case .name: "nama lengkap"
        case .sex: "L/P atau Laki-laki/Perempuan"
        case .birthPlace: "tempat lahir (boleh kosong)"
        case .birthDate, .assessedOn: "tanggal: hh-bb-tttt atau tttt-bb-hh"
        case .relationship: "hubungan dalam keluarga; tepat satu baris kepala per No KK"
        case .maritalStatus, .religion, .education: "kode atau label pilihan (lihat README)"
        case .occupation: "pekerjaan (boleh kosong)"
        case .motherName: "nama ibu kandung (boleh kosong)"
        case .disability: "kode atau label; kosong = tidak ada"
        case .chronicIllness: "penyakit kronis (boleh kosong)"
        case .jknSegment: "kode atau label; kosong = tidak punya JKN"
        }
    }
}
