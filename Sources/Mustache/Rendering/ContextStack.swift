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
    /// Precedence"): a part that is missing ends the lookup. A part made of digits indexes a list
    /// (`{{#items.0}}…{{/items.0}}` shows once when the list has a first item), as in mustache.js,
    /// where lists are objects keyed by position; the spec leaves it open.
    private static func member(of value: MustacheValue, at components: ArraySlice<String>) -> MustacheValue? {
        var value = value
        for component in components {
            switch value {
            case .object(let members):
                guard let member = members[component] else { return nil }
                value = member
            case .array(let items):
                guard !component.isEmpty, component.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                    let index = Int(component), items.indices.contains(index)
                else { return nil }
                value = items[index]
            default:
                return nil
            }
        }
        return value
    }
}
