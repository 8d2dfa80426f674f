/// A column the BNBA export can carry. BPJS's own list for district-registered participants is
/// not public (DOMAIN.md), so the list is a setting (`SidakisSettings.bnbaColumns`) with this
/// default order.
package enum BNBAColumn: String, Sendable, CaseIterable, Codable {
    case nik
    case noKK = "no_kk"
    case name = "nama"
    case birthPlace = "tempat_lahir"
    case birthDate = "tanggal_lahir"
    case sex = "jenis_kelamin"
    case relationship = "hubungan_keluarga"
    case maritalStatus = "status_kawin"
    case motherName = "nama_ibu_kandung"
    case address = "alamat"
    case rt
    case rw
    case kalurahan
    case kapanewon
    case areaCode = "kode_wilayah"
    case registrationNumber = "nomor_usulan"
    case approvedOn = "tanggal_persetujuan"
    case kind = "jenis_usulan"

    /// The header written in the file.
    package var title: String {
        switch self {
        case .nik: "NIK"
        case .noKK: "No KK"
        case .name: "Nama"
        case .birthPlace: "Tempat Lahir"
        case .birthDate: "Tanggal Lahir"
        case .sex: "Jenis Kelamin"
        case .relationship: "Hubungan Keluarga"
        case .maritalStatus: "Status Perkawinan"
        case .motherName: "Nama Ibu Kandung"
        case .address: "Alamat"
        case .rt: "RT"
        case .rw: "RW"
        case .kalurahan: "Kalurahan"
        case .kapanewon: "Kapanewon"
        case .areaCode: "Kode Wilayah"
        case .registrationNumber: "Nomor Usulan"
        case .approvedOn: "Tanggal Persetujuan"
        case .kind: "Jenis Usulan"
        }
    }

    /// DOMAIN.md's sensible default: every column but the proposal kind.
    package static let defaults: [BNBAColumn] = allCases.filter { $0 != .kind }

    /// Reads a comma-separated list of keys; nil when a key is unknown or the list is empty.
    package static func parseList(_ text: String) -> [BNBAColumn]? {
        let keys = text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == " " }).map(String.init)
        let columns = keys.compactMap(BNBAColumn.init(rawValue:))
        guard !columns.isEmpty, columns.count == keys.count, Set(columns).count == columns.count else { return nil }
        return columns
    }
}
