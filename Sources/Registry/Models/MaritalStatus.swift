/// Status perkawinan as the KK records it.
package enum MaritalStatus: String, LabelledChoice {
    case single = "belum_kawin"
    case married = "kawin"
    case divorced = "cerai_hidup"
    case widowed = "cerai_mati"

    package var label: String {
        switch self {
        case .single: "Belum kawin"
        case .married: "Kawin"
        case .divorced: "Cerai hidup"
        case .widowed: "Cerai mati"
        }
    }
}
