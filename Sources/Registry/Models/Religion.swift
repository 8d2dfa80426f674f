/// Agama as the KK records it (kepercayaan: Penghayat Kepercayaan terhadap Tuhan YME).
package enum Religion: String, LabelledChoice {
    case islam
    case protestant = "kristen"
    case catholic = "katolik"
    case hindu
    case buddhist = "buddha"
    case confucian = "khonghucu"
    case belief = "kepercayaan"

    package var label: String {
        switch self {
        case .islam: "Islam"
        case .protestant: "Kristen"
        case .catholic: "Katolik"
        case .hindu: "Hindu"
        case .buddhist: "Buddha"
        case .confucian: "Khonghucu"
        case .belief: "Kepercayaan terhadap Tuhan YME"
        }
    }
}
