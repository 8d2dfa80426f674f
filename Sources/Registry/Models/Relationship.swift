/// A person's relationship to the head of the household, as the KK records it.
package enum Relationship: String, LabelledChoice {
    case head = "kepala"
    case wife = "istri"
    case husband = "suami"
    case child = "anak"
    case childInLaw = "menantu"
    case grandchild = "cucu"
    case parent = "orang_tua"
    case parentInLaw = "mertua"
    case otherFamily = "famili_lain"
    case other = "lainnya"

    package var label: String {
        switch self {
        case .head: "Kepala keluarga"
        case .wife: "Istri"
        case .husband: "Suami"
        case .child: "Anak"
        case .childInLaw: "Menantu"
        case .grandchild: "Cucu"
        case .parent: "Orang tua"
        case .parentInLaw: "Mertua"
        case .otherFamily: "Famili lain"
        case .other: "Lainnya"
        }
    }
}
