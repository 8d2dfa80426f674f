/// A state an item waits in, with the SOP's standard time (mutu baku) for the work done there.
package struct WorkflowStep: Sendable, Equatable {
    /// The stored value (`menunggu_verifikasi`).
    package let state: String
    /// What users read (`Menunggu verifikasi`).
    package let label: String
    /// The standard in working minutes (1 hari = 480); nil where the clock does not run.
    package let standardMinutes: Int?
    /// No transition leaves a final state.
    package let isFinal: Bool

    package init(state: String, label: String, standardMinutes: Int? = nil, isFinal: Bool = false) {
        self.state = state
        self.label = label
        self.standardMinutes = standardMinutes
        self.isFinal = isFinal
    }
}
