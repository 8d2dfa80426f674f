/// The highest education finished.
package enum Education: String, LabelledChoice {
    case none = "tidak_sekolah"
    case primaryUnfinished = "belum_tamat_sd"
    case primary = "sd"
    case juniorSecondary = "smp"
    case seniorSecondary = "sma"
    case diploma
    case bachelor = "s1"
    case postgraduate = "s2_s3"

    package var label: String {
        switch self {
        case .none: "Tidak/belum sekolah"
        case .primaryUnfinished: "Belum tamat SD/sederajat"
        case .primary: "Tamat SD/sederajat"
        case .juniorSecondary: "SLTP/sederajat"
        case .seniorSecondary: "SLTA/sederajat"
        case .diploma: "Diploma I–III"
        case .bachelor: "Diploma IV/Strata I"
        case .postgraduate: "Strata II/III"
        }
    }
}
