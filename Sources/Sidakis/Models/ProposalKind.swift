/// What a proposal asks for (SOP "Keterkaitan"): a new PBI APBD membership, or moving a person
/// into PBI APBD from another JKN segment (pengalihan kepesertaan).
package enum ProposalKind: String, Sendable, CaseIterable, Codable {
    case newRegistration = "baru"
    case transfer = "pengalihan"

    package var label: String {
        switch self {
        case .newRegistration: "Pendaftaran baru PBI APBD"
        case .transfer: "Pengalihan kepesertaan"
        }
    }
}

/// The segment a pengalihan moves the person out of. Arrears of a PBPU member are not written off.
package enum PreviousSegment: String, Sendable, CaseIterable, Codable {
    case deactivatedPBIAPBN = "pbi_apbn_nonaktif"
    case selfPaying = "pbpu"

    package var label: String {
        switch self {
        case .deactivatedPBIAPBN: "PBI APBN yang dinonaktifkan"
        case .selfPaying: "PBPU/mandiri yang tidak mampu lagi membayar"
        }
    }
}

/// Who brought the proposal (SOP step 1, "Sumber usulan").
package enum ProposalSource: String, Sendable, CaseIterable, Codable {
    case community = "masyarakat"
    case kalurahan
    case socialCompanion = "pendamping_sosial"
    case healthFacility = "fasyankes"

    package var label: String {
        switch self {
        case .community: "Masyarakat"
        case .kalurahan: "Kalurahan"
        case .socialCompanion: "Pendamping sosial"
        case .healthFacility: "Fasilitas pelayanan kesehatan"
        }
    }
}
