/// A module's workflow, written to read like the SOP's table: the states with their standard times
/// and the moves between them with the role (through its permission) allowed to make each.
package struct WorkflowDefinition: Sendable {
    /// The name stored in `workflow_events.workflow` and used in settings keys (`sidakis`).
    package let kind: String
    package let label: String
    package let steps: [WorkflowStep]
    package let transitions: [WorkflowTransition]

    package init(kind: String, label: String, steps: [WorkflowStep], transitions: [WorkflowTransition]) {
        self.kind = kind
        self.label = label
        self.steps = steps
        self.transitions = transitions
    }

    /// The step for a stored state, nil for a state the definition does not know.
    package func step(_ state: String) -> WorkflowStep? {
        steps.first { $0.state == state }
    }

    /// The state's label, or the raw state when the definition does not know it.
    package func label(of state: String) -> String {
        step(state)?.label ?? state
    }

    package func transition(named name: String) -> WorkflowTransition? {
        transitions.first { $0.name == name }
    }

    /// The moves a user with `role` may make from `state`, in definition order (the buttons to show).
    package func available(from state: String, for role: Role) -> [WorkflowTransition] {
        transitions.filter { $0.from.contains(state) && Permissions.allows(role, $0.action) }
    }

    /// The definition's own mistakes (a transition naming an unknown state or action, a move out
    /// of a final state, a duplicate name), for a test that every module's definition is sound.
    package var problems: [String] {
        var found: [String] = []
        let states = Set(steps.map(\.state))
        if states.count != steps.count { found.append("\(kind): a state is listed twice") }
        if Set(transitions.map(\.name)).count != transitions.count { found.append("\(kind): a transition name is used twice") }
        for transition in transitions {
            for state in transition.from.union([transition.to]) where !states.contains(state) {
                found.append("\(kind).\(transition.name): unknown state '\(state)'")
            }
            if Permissions.table[transition.action] == nil {
                found.append("\(kind).\(transition.name): unknown action '\(transition.action)'")
            }
            for state in transition.from where step(state)?.isFinal == true {
                found.append("\(kind).\(transition.name): leaves the final state '\(state)'")
            }
        }
        return found
    }
}
