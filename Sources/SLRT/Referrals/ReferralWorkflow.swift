package import Core

/// A referral's life with the partner agency: dirujuk → diterima → ditindaklanjuti → selesai, each
/// step recorded with the partner's feedback as its note. The SOP sets no standard time for them.
package enum ReferralWorkflow {
    package static let kind = "slrt_rujukan"

    package static let definition = WorkflowDefinition(
        kind: kind,
        label: "Rujukan SLRT ke mitra",
        steps: ReferralState.allCases.map { state in
            WorkflowStep(state: state.rawValue, label: state.label, isFinal: state == .finished)
        },
        transitions: [
            WorkflowTransition(
                name: "terima", label: "Catat diterima mitra", from: [ReferralState.referred.rawValue],
                to: ReferralState.accepted.rawValue, action: Action.slrtReferrals),
            WorkflowTransition(
                name: "tindaklanjuti", label: "Catat tindak lanjut mitra", from: [ReferralState.accepted.rawValue],
                to: ReferralState.followedUp.rawValue, action: Action.slrtReferrals, requiresNote: true),
            WorkflowTransition(
                name: "selesai", label: "Selesaikan rujukan", from: [ReferralState.followedUp.rawValue],
                to: ReferralState.finished.rawValue, action: Action.slrtReferrals, requiresNote: true),
        ])
}
