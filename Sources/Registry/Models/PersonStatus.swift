/// Whether a person is alive and still in the register's area.
package enum PersonStatus: String, LabelledChoice {
    case alive = "hidup"
    case deceased = "meninggal"
    case movedAway = "pindah"

    package var label: String {
        switch self {
        case .alive: "Hidup"
        case .deceased: "Meninggal"
        case .movedAway: "Pindah"
        }
    }
}
