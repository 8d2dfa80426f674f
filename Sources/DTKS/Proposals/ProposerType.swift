/// Who proposed the household (SOP step 1: a resident, RT/RW, the kalurahan, or a stakeholder).
package enum ProposerType: String, Sendable, CaseIterable, Codable {
    case resident = "warga"
    case neighbourhood = "rt_rw"
    case village = "kalurahan"
    case stakeholder = "pemangku"

    /// The words shown to users.
    package var label: String {
        switch self {
        case .resident: "Warga"
        case .neighbourhood: "RT/RW"
        case .village: "Kalurahan/Kelurahan"
        case .stakeholder: "Pemangku kepentingan"
        }
    }
}
