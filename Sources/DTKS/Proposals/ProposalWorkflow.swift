package import Core

/// The DTKS proposal workflow, read like the SOP's table (seed 003, Tanjungpinang): the state a
/// proposal waits in, the standard time (mutu baku) of the step done there, and who moves it on.
package enum ProposalWorkflow {
    /// `workflow_events.workflow` and the settings prefix of the standard times.
    package static let kind = "dtks"

    package static let definition = WorkflowDefinition(
        kind: kind,
        label: "Usulan DTKS",
        steps: [
            // 1. Usulan warga, RT/RW, kelurahan, pemangku kepentingan: 15 menit → rekapan usulan.
            WorkflowStep(state: ProposalState.proposed.rawValue, label: "Diajukan: periksa kelengkapan", standardMinutes: 15),
            // 2. Koordinasi dengan RT/RW, perangkat kelurahan dan atasan: 30 menit → laporan.
            WorkflowStep(state: ProposalState.coordination.rawValue, label: "Koordinasi RT/RW dan kalurahan", standardMinutes: 30),
            // 3. Turun lapangan dan assessment: 60 menit → layak / tidak layak.
            WorkflowStep(state: ProposalState.assessment.rawValue, label: "Penilaian lapangan", standardMinutes: 60),
            // 4. Input usulan ke SIKS-NG: 30 menit → rekapan usulan.
            WorkflowStep(state: ProposalState.input.rawValue, label: "Input SIKS-NG", standardMinutes: 30),
            // 5. Pemadanan dengan Disdukcapil: 10 menit → identitas valid.
            WorkflowStep(state: ProposalState.matching.rawValue, label: "Pemadanan Dukcapil", standardMinutes: 10),
            // 6. Finalisasi, nota dinas, surat pengesahan, unggah ke Kemensos: 1 hari.
            WorkflowStep(state: ProposalState.finalisation.rawValue, label: "Finalisasi dan pengesahan", standardMinutes: 480),
            WorkflowStep(state: ProposalState.awaitingID.rawValue, label: "Menunggu ID DTKS dari Kemensos"),
            WorkflowStep(state: ProposalState.returned.rawValue, label: "Dikembalikan ke pengusul"),
            WorkflowStep(state: ProposalState.registered.rawValue, label: "Terdaftar di DTKS", isFinal: true),
            WorkflowStep(state: ProposalState.withdrawn.rawValue, label: "Dibatalkan", isFinal: true),
        ],
        transitions: [
            transition(.accept, from: [.proposed], to: .coordination, action: Action.coordinateDTKS),
            transition(.recordCoordination, from: [.coordination], to: .assessment, action: Action.coordinateDTKS),
            transition(.returnToProposer, from: [.proposed, .coordination], to: .returned, action: Action.coordinateDTKS, note: true),
            transition(.eligible, from: [.assessment], to: .input, action: Action.assessDTKSProposal),
            transition(.notEligible, from: [.assessment], to: .returned, action: Action.assessDTKSProposal, note: true),
            transition(.markEntered, from: [.input], to: .matching, action: Action.enterDTKSProposal),
            transition(.matched, from: [.matching], to: .finalisation, action: Action.matchDTKSProposals),
            transition(.notMatched, from: [.matching], to: .returned, action: Action.matchDTKSProposals, note: true),
            transition(.upload, from: [.finalisation], to: .awaitingID, action: Action.manageDTKSFinalisation),
            transition(.register, from: [.awaitingID], to: .registered, action: Action.importDTKSResult),
            transition(.refusedByMinistry, from: [.awaitingID], to: .returned, action: Action.importDTKSResult, note: true),
            transition(.proposeAgain, from: [.returned], to: .proposed, action: Action.proposeDTKS),
            transition(.withdraw, from: [.proposed, .returned], to: .withdrawn, action: Action.proposeDTKS, note: true),
        ])

    /// The transitions by name (the names the events store).
    package enum Move: String, Sendable, CaseIterable {
        case accept = "terima"
        case recordCoordination = "catat_koordinasi"
        case returnToProposer = "kembalikan"
        case eligible = "layak"
        case notEligible = "tidak_layak"
        case markEntered = "tandai_input"
        case matched = "padan"
        case notMatched = "tidak_padan"
        case upload = "unggah"
        case register = "terdaftar"
        case refusedByMinistry = "ditolak_kemensos"
        case proposeAgain = "ajukan_ulang"
        case withdraw = "batalkan"

        /// The button label.
        package var label: String {
            switch self {
            case .accept: "Terima (berkas lengkap)"
            case .recordCoordination: "Catat koordinasi"
            case .returnToProposer: "Kembalikan ke pengusul"
            case .eligible: "Layak"
            case .notEligible: "Tidak layak"
            case .markEntered: "Tandai sudah diinput"
            case .matched: "Padan"
            case .notMatched: "Tidak padan"
            case .upload: "Diunggah ke Kemensos"
            case .register: "Terdaftar (ID DTKS)"
            case .refusedByMinistry: "Ditolak Kemensos"
            case .proposeAgain: "Ajukan ulang"
            case .withdraw: "Batalkan usulan"
            }
        }
    }

    private static func transition(
        _ move: Move, from: [ProposalState], to: ProposalState, action: String, note: Bool = false
    ) -> WorkflowTransition {
        WorkflowTransition(
            name: move.rawValue, label: move.label, from: Set(from.map(\.rawValue)), to: to.rawValue, action: action,
            requiresNote: note)
    }
}
