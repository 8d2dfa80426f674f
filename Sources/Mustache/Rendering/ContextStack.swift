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
        guard let first = path.components.first else { return frames.last }
        var found: MustacheValue?
        var index = frames.count - 1
        while index >= 0 {
            if case .object(let members) = frames[index], let value = members[first] {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else { return nil }
        for component in path.components.dropFirst() {
            guard case .object(let members) = value, let member = members[component] else { return nil }
            value = member
        }
        return value
    }
}
