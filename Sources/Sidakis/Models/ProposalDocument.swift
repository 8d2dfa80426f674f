/// The documents the SOP asks of every proposed person: the family card (KK), and the KTP for
/// those of 17 and over or the birth certificate or KIA for children.
package enum ProposalDocument: String, Sendable, CaseIterable, Codable {
    case familyCard = "kk"
    case identityCard = "ktp"
    case birthCertificate = "akta_kia"

    package var label: String {
        switch self {
        case .familyCard: "Foto KK"
        case .identityCard: "Foto KTP"
        case .birthCertificate: "Akta kelahiran atau KIA"
        }
    }

    /// The age from which a KTP is asked instead of a birth certificate or KIA.
    package static let adultAge = 17

    /// The personal document (besides the KK) a person of `age` must bring.
    package static func personal(forAge age: Int) -> ProposalDocument {
        age >= adultAge ? .identityCard : .birthCertificate
    }
}
