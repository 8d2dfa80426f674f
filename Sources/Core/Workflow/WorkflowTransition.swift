/// One permitted move: from which states, to which state, and which permission it needs.
package struct WorkflowTransition: Sendable, Equatable {
    /// The stored and posted name (`verifikasi`).
    package let name: String
    /// The button's text (`Verifikasi`).
    package let label: String
    package let from: Set<String>
    package let to: String
    /// The `Action` (Permissions) a user needs for this move.
    package let action: String
    /// A move that returns or refuses needs a written reason.
    package let requiresNote: Bool

    package init(name: String, label: String, from: Set<String>, to: String, action: String, requiresNote: Bool = false) {
        self.name = name
        self.label = label
        self.from = from
        self.to = to
        self.action = action
        self.requiresNote = requiresNote
    }
}
