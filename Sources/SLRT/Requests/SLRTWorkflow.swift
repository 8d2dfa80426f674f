package import Core

/// The SLRT service request as the SOP (Musi Rawas 2021) describes it: four steps with their
/// standard times (mutu baku) of 15, 10, 10 and 10 minutes, and who moves a request on.
package enum SLRTWorkflow {
    package static let kind = "slrt"

    package static let definition = WorkflowDefinition(
        kind: kind,
        label: "Layanan SLRT (surat rekomendasi dan keterangan)",
        steps: [
            WorkflowStep(state: RequestState.reception.rawValue, label: RequestState.reception.label, standardMinutes: 15),
            WorkflowStep(state: RequestState.dtksCheck.rawValue, label: RequestState.dtksCheck.label, standardMinutes: 10),
            WorkflowStep(state: RequestState.verification.rawValue, label: RequestState.verification.label, standardMinutes: 10),
            WorkflowStep(state: RequestState.signing.rawValue, label: RequestState.signing.label, standardMinutes: 10),
            WorkflowStep(state: RequestState.issued.rawValue, label: RequestState.issued.label, isFinal: true),
            WorkflowStep(state: RequestState.rejected.rawValue, label: RequestState.rejected.label, isFinal: true),
        ],
        transitions: [
            WorkflowTransition(
                name: Transition.complete, label: "Berkas lengkap, lanjut cek DTKS",
                from: [RequestState.reception.rawValue], to: RequestState.dtksCheck.rawValue,
                action: Action.slrtFrontOffice),
            WorkflowTransition(
                name: Transition.checkDTKS, label: "Cek DTKS dan catat hasilnya",
                from: [RequestState.dtksCheck.rawValue], to: RequestState.verification.rawValue,
                action: Action.slrtFrontOffice),
            WorkflowTransition(
                name: Transition.recommend, label: "Rekomendasikan penerbitan surat",
                from: [RequestState.verification.rawValue], to: RequestState.signing.rawValue,
                action: Action.slrtBackOffice),
            WorkflowTransition(
                name: Transition.returnToFrontOffice, label: "Kembalikan ke front office",
                from: [RequestState.verification.rawValue], to: RequestState.reception.rawValue,
                action: Action.slrtBackOffice, requiresNote: true),
            WorkflowTransition(
                name: Transition.reject, label: "Tolak permohonan",
                from: [RequestState.verification.rawValue], to: RequestState.rejected.rawValue,
                action: Action.slrtBackOffice, requiresNote: true),
            WorkflowTransition(
                name: Transition.sign, label: "Setujui dan terbitkan surat",
                from: [RequestState.signing.rawValue], to: RequestState.issued.rawValue,
                action: Action.slrtSign),
            WorkflowTransition(
                name: Transition.returnToBackOffice, label: "Kembalikan ke back office",
                from: [RequestState.signing.rawValue], to: RequestState.verification.rawValue,
                action: Action.slrtSign, requiresNote: true),
        ])

    /// The transition names (`workflow_events.transition`, audit `slrt.<name>`).
    package enum Transition {
        package static let complete = "lengkapi"
        package static let checkDTKS = "cek_dtks"
        package static let recommend = "rekomendasikan"
        package static let returnToFrontOffice = "kembalikan"
        package static let reject = "tolak"
        package static let sign = "terbitkan"
        package static let returnToBackOffice = "kembalikan_bo"
    }
}
