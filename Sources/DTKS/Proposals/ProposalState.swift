/// Where a DTKS proposal is in the SOP (seed 003): each state is the step it waits for.
/// Raw values are what `dtks_proposals.status` and the workflow events store.
package enum ProposalState: String, Sendable, CaseIterable, Codable {
    /// Step 1: received; the requirements are checked and it enters the rekap usulan.
    case proposed = "diajukan"
    /// Step 2: coordination with RT/RW, kalurahan officials and superiors.
    case coordination = "koordinasi"
    /// Step 3: field visit and assessment.
    case assessment = "penilaian"
    /// Step 4: input into SIKS-NG.
    case input
    /// Step 5: matching with Dukcapil.
    case matching = "pemadanan"
    /// Step 6: finalisation (nota dinas, approval letter, upload), through a batch.
    case finalisation = "finalisasi"
    /// Uploaded to the Ministry; waiting for the ID DTKS.
    case awaitingID = "menunggu_id"
    /// Registered with an ID DTKS.
    case registered = "terdaftar"
    /// Returned to the proposer with reasons; can be proposed again.
    case returned = "dikembalikan"
    /// Withdrawn by the proposer.
    case withdrawn = "dibatalkan"

    /// The word shown to users.
    package var label: String {
        switch self {
        case .proposed: "Diajukan"
        case .coordination: "Koordinasi"
        case .assessment: "Penilaian lapangan"
        case .input: "Input SIKS-NG"
        case .matching: "Pemadanan Dukcapil"
        case .finalisation: "Finalisasi"
        case .awaitingID: "Menunggu ID DTKS"
        case .registered: "Terdaftar"
        case .returned: "Dikembalikan"
        case .withdrawn: "Dibatalkan"
        }
    }

    /// The badge tone.
    package var tone: String {
        switch self {
        case .registered: "ok"
        case .returned: "danger"
        case .withdrawn: "muted"
        case .awaitingID, .finalisation: "info"
        default: "warn"
        }
    }

    /// True when nothing more happens to the proposal.
    package var isFinal: Bool { self == .registered || self == .withdrawn }
}
