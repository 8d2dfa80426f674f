/// The kinds of job the application knows, by name. Built once at start-up (App registers every
/// module's kinds) and read by the queue and the runner.
package struct JobRegistry: Sendable {
    private var kinds: [String: JobKind] = [:]
    /// Names registered more than once (the first registration is kept); start-up refuses a
    /// registry with any, like a route naming an unknown action.
    package private(set) var duplicateNames: [String] = []

    package init(_ kinds: [JobKind] = []) {
        for kind in kinds { register(kind) }
    }

    /// Adds `kind`; a second kind with the same name is recorded in `duplicateNames`.
    package mutating func register(_ kind: JobKind) {
        guard kinds[kind.name] == nil else {
            duplicateNames.append(kind.name)
            return
        }
        kinds[kind.name] = kind
    }

    /// The kind registered under `name`.
    package func kind(named name: String) -> JobKind? { kinds[name] }

    /// The label of `name`, or the name itself for a kind no longer registered.
    package func label(of name: String) -> String { kinds[name]?.label ?? name }

    /// Every registered name, sorted.
    package var names: [String] { kinds.keys.sorted() }
}
