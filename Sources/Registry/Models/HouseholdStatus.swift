/// Whether a household is still a household of the register.
package enum HouseholdStatus: String, LabelledChoice {
    case active = "aktif"
    case movedAway = "pindah"
    case dissolved = "bubar"

    package var label: String {
        switch self {
        case .active: "Aktif"
        case .movedAway: "Pindah"
        case .dissolved: "Bubar"
        }
    }
}
