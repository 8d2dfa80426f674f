/// The spec's context stack: the render's data at the bottom, one frame pushed per section.
struct ContextStack {
    private var frames: [MustacheValue]

    init(root: MustacheValue) {
        frames = [root]
        frames.reserveCapacity(8)
    }

    mutating func push(_ value: MustacheValue) {
        frames.append(value)
    }

    mutating func pop() {
        frames.removeLast()
    }

    /// Resolves a name as the spec's sections overview describes: `.` is the top frame; otherwise the first
    /// part is looked up from the top of the stack down, and later parts only inside the value found.
    func lookup(_ path: VariablePath) -> MustacheValue? {
        let components = path.components
        guard let first = components.first else { return frames.last }
        var index = frames.count - 1
        while index >= 0 {
            if case .object(let members) = frames[index], let value = members[first] {
                return components.count == 1 ? value : Self.member(of: value, at: components.dropFirst())
            }
            index -= 1
        }
        return nil
    }

    /// Follows the remaining parts of a dotted name inside `value` only (spec: "Dotted Names - Context
    /// Precedence"): a part that is missing ends the lookup.
    private static func member(of value: MustacheValue, at components: ArraySlice<String>) -> MustacheValue? {
        var value = value
        for component in components {
            guard case .object(let members) = value, let member = members[component] else { return nil }
            value = member
        }
        return value
    }
}
