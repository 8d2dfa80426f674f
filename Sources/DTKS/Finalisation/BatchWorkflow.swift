package import Core

/// The finalisation batch's own workflow (SOP step 6): staf fill it, the Kepala Seksi approves it
/// once the references are recorded, staf mark it uploaded, which moves its proposals on.
package enum BatchWorkflow {
    package static let kind = "dtks_finalisasi"

    package static let definition = WorkflowDefinition(
        kind: kind,
        label: "Berkas finalisasi DTKS",
        steps: [
            WorkflowStep(state: BatchState.draft.rawValue, label: "Draf: nota dinas dan surat pengesahan"),
            WorkflowStep(state: BatchState.approved.rawValue, label: "Disahkan: unggah ke Kemensos"),
            WorkflowStep(state: BatchState.uploaded.rawValue, label: "Diunggah ke SIKS-NG", isFinal: true),
        ],
        transitions: [
            WorkflowTransition(
                name: "sahkan", label: "Sahkan", from: [BatchState.draft.rawValue], to: BatchState.approved.rawValue,
                action: Action.approveDTKSFinalisation),
            WorkflowTransition(
                name: "unggah", label: "Tandai diunggah", from: [BatchState.approved.rawValue], to: BatchState.uploaded.rawValue,
                action: Action.manageDTKSFinalisation),
        ])
}
