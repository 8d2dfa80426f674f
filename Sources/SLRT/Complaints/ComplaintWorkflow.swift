package import Core

/// A complaint's life: diterima → ditindaklanjuti (what was done) → selesai (the closing answer).
package enum ComplaintWorkflow {
    package static let kind = "slrt_pengaduan"

    package static let definition = WorkflowDefinition(
        kind: kind,
        label: "Pengaduan SLRT",
        steps: ComplaintState.allCases.map { state in
            WorkflowStep(state: state.rawValue, label: state.label, isFinal: state == .closed)
        },
        transitions: [
            WorkflowTransition(
                name: "tindaklanjuti", label: "Catat tindak lanjut", from: [ComplaintState.received.rawValue],
                to: ComplaintState.followingUp.rawValue, action: Action.slrtComplaints, requiresNote: true),
            WorkflowTransition(
                name: "tutup", label: "Tutup dengan jawaban", from: [ComplaintState.followingUp.rawValue],
                to: ComplaintState.closed.rawValue, action: Action.slrtComplaints, requiresNote: true),
        ])
}
