/// The result of re-checking one registered household (DOMAIN.md): codes 1–5 keep the
/// Ministry's meaning (2020 form); 6 and 7 are the district's own outcomes.
package enum VerivaliResult: Int, Sendable, CaseIterable, Codable {
    case verified = 1
    case notFound = 2
    case moved = 3
    case partOfAnotherHousehold = 4
    case duplicate = 5
    case noLongerEligible = 6
    case died = 7

    /// The name shown to users, with its code.
    package var label: String {
        switch self {
        case .verified: "1 Terverifikasi, masih layak"
        case .notFound: "2 Rumah tangga tidak ditemukan"
        case .moved: "3 Pindah / bangunan tidak ada"
        case .partOfAnotherHousehold: "4 Bagian dari rumah tangga lain"
        case .duplicate: "5 Data ganda"
        case .noLongerEligible: "6 Tidak layak lagi"
        case .died: "7 Kepala keluarga meninggal, tanpa anggota tersisa"
        }
    }

    /// Whether closing the round ends the household's registrations.
    package var endsRegistration: Bool { self != .verified }
}
