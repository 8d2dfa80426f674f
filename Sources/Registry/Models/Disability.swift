/// A disability, by the kinds of UU 8/2016 on persons with disabilities.
package enum Disability: String, LabelledChoice {
    case none = "tidak"
    case physical = "fisik"
    case intellectual = "intelektual"
    case mental
    case sensory = "sensorik"
    case multiple = "ganda"

    package var label: String {
        switch self {
        case .none: "Tidak ada"
        case .physical: "Disabilitas fisik"
        case .intellectual: "Disabilitas intelektual"
        case .mental: "Disabilitas mental"
        case .sensory: "Disabilitas sensorik"
        case .multiple: "Disabilitas ganda/multi"
        }
    }
}
