/// Sex as the KK and the NIK record it. Raw values are what the database stores.
package enum Sex: String, Sendable, CaseIterable, Codable, Hashable {
    /// Laki-laki.
    case male = "L"
    /// Perempuan.
    case female = "P"

    /// The word shown to users.
    package var label: String {
        switch self {
        case .male: "Laki-laki"
        case .female: "Perempuan"
        }
    }
}
