package import Core

/// The SOP Pelayanan Pengusulan BPJS Kesehatan PBI APBD (053/SOPDINSOSBT/2023) as a workflow:
/// each step is a state a proposal waits in, with the SOP's standard time (mutu baku) for the
/// work done while it waits there.
///
/// | SOP step | state | who moves it on | mutu baku |
/// |---|---|---|---|
/// | 1. receive the proposal and its documents | diajukan | staf (terima / kembalikan) | 2 min |
/// | 2. verify the population data | menunggu_verifikasi | staf (verifikasi / kembalikan) | 10 min |
/// | 3. approve the verified data | menunggu_persetujuan | kasi (setujui / kembalikan ke staf) | 5 min |
/// | 4. activation at BPJS Kesehatan | proses_aktivasi (after the BNBA export) | staf | 360 min |
/// | 5. feedback: status and KIS number | berhasil / tidak_berhasil / ditangguhkan | staf | 10 min |
///
/// Step 5's ten minutes run from BPJS's answer to its entry in the app; the app does not learn
/// when BPJS answered, so the clock of step 4 runs until the result is entered. A returned
/// proposal waits for its proposer without a standard (the clock stops), as does an approved
/// one waiting for the next activation batch.
package enum SidakisWorkflow {
    /// The transition names.
    package enum Move {
        package static let receive = "terima"
        package static let returnToProposer = "kembalikan"
        package static let verify = "verifikasi"
        package static let resubmit = "ajukan_ulang"
        package static let approve = "setujui"
        package static let sendBack = "kembalikan_ke_staf"
        package static let activate = "aktivasi"
        package static let succeed = "berhasil"
        package static let fail = "tidak_berhasil"
        package static let postpone = "tangguhkan"
        package static let reactivate = "aktivasi_ulang"
    }

    /// The SOP's steps, transitions and roles.
    package static let definition = WorkflowDefinition(
        kind: "sidakis",
        label: "Usulan PBI APBD (SIDAKIS)",
        steps: [
            WorkflowStep(state: ProposalStatus.submitted.rawValue, label: "Diterima melalui aplikasi", standardMinutes: 2),
            WorkflowStep(state: ProposalStatus.awaitingVerification.rawValue, label: "Verifikasi data kependudukan", standardMinutes: 10),
            WorkflowStep(state: ProposalStatus.awaitingApproval.rawValue, label: "Persetujuan Kepala Seksi", standardMinutes: 5),
            WorkflowStep(state: ProposalStatus.returned.rawValue, label: "Dikembalikan ke pengusul"),
            WorkflowStep(state: ProposalStatus.approved.rawValue, label: "Menunggu batch aktivasi"),
            WorkflowStep(state: ProposalStatus.activating.rawValue, label: "Proses aktivasi BPJS Kesehatan", standardMinutes: 360),
            WorkflowStep(state: ProposalStatus.succeeded.rawValue, label: "Berhasil", isFinal: true),
            WorkflowStep(state: ProposalStatus.failed.rawValue, label: "Tidak berhasil", isFinal: true),
            WorkflowStep(state: ProposalStatus.postponed.rawValue, label: "Ditangguhkan"),
        ],
        transitions: [
            WorkflowTransition(
                name: Move.receive, label: "Terima berkas", from: [ProposalStatus.submitted.rawValue],
                to: ProposalStatus.awaitingVerification.rawValue, action: Action.verifyProposal),
            WorkflowTransition(
                name: Move.returnToProposer, label: "Kembalikan ke pengusul",
                from: [ProposalStatus.submitted.rawValue, ProposalStatus.awaitingVerification.rawValue],
                to: ProposalStatus.returned.rawValue, action: Action.verifyProposal, requiresNote: true),
            WorkflowTransition(
                name: Move.verify, label: "Terverifikasi", from: [ProposalStatus.awaitingVerification.rawValue],
                to: ProposalStatus.awaitingApproval.rawValue, action: Action.verifyProposal),
            WorkflowTransition(
                name: Move.resubmit, label: "Ajukan ulang", from: [ProposalStatus.returned.rawValue],
                to: ProposalStatus.submitted.rawValue, action: Action.submitProposal),
            WorkflowTransition(
                name: Move.approve, label: "Setujui", from: [ProposalStatus.awaitingApproval.rawValue],
                to: ProposalStatus.approved.rawValue, action: Action.approveProposal),
            WorkflowTransition(
                name: Move.sendBack, label: "Kembalikan ke staf", from: [ProposalStatus.awaitingApproval.rawValue],
                to: ProposalStatus.awaitingVerification.rawValue, action: Action.approveProposal, requiresNote: true),
            WorkflowTransition(
                name: Move.activate, label: "Masukkan ke batch aktivasi", from: [ProposalStatus.approved.rawValue],
                to: ProposalStatus.activating.rawValue, action: Action.activateProposals),
            WorkflowTransition(
                name: Move.succeed, label: "Berhasil", from: [ProposalStatus.activating.rawValue],
                to: ProposalStatus.succeeded.rawValue, action: Action.activateProposals),
            WorkflowTransition(
                name: Move.fail, label: "Tidak berhasil", from: [ProposalStatus.activating.rawValue],
                to: ProposalStatus.failed.rawValue, action: Action.activateProposals, requiresNote: true),
            WorkflowTransition(
                name: Move.postpone, label: "Ditangguhkan", from: [ProposalStatus.activating.rawValue],
                to: ProposalStatus.postponed.rawValue, action: Action.activateProposals, requiresNote: true),
            WorkflowTransition(
                name: Move.reactivate, label: "Aktivasi ulang", from: [ProposalStatus.postponed.rawValue],
                to: ProposalStatus.approved.rawValue, action: Action.activateProposals),
        ])

    /// The moves made on the proposal page with a note and a button; activation and results have
    /// their own forms.
    package static let pageMoves: Set<String> = [
        Move.receive, Move.returnToProposer, Move.verify, Move.approve, Move.sendBack, Move.reactivate,
    ]
}
