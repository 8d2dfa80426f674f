/// A place in the value tree being encoded. Containers hand out slots that nested encoders fill later,
/// so the tree is built by reference and turned into a `MustacheValue` once encoding is done.
final class EncodingSlot {
    private enum Content {
        case empty
        case value(MustacheValue)
        case object(ObjectStorage)
        case array(ArrayStorage)
    }

    final class ObjectStorage {
        var members: [(name: String, slot: EncodingSlot)] = []

        /// Stores `slot` under `name`; a name written twice keeps its last slot.
        func set(_ name: String, _ slot: EncodingSlot) {
            members.append((name, slot))
        }
    }

    final class ArrayStorage {
        var items: [EncodingSlot] = []
    }

    private var content: Content = .empty

    init() {}

    init(_ value: MustacheValue) {
        content = .value(value)
    }

    func set(_ value: MustacheValue) {
        content = .value(value)
    }

    /// The object storage of this slot, created on first use (a type may ask for its keyed container twice).
    func objectStorage() -> ObjectStorage {
        if case .object(let storage) = content { return storage }
        let storage = ObjectStorage()
        content = .object(storage)
        return storage
    }

    func arrayStorage() -> ArrayStorage {
        if case .array(let storage) = content { return storage }
        let storage = ArrayStorage()
        content = .array(storage)
        return storage
    }

    /// The finished value; a slot nothing was written to is an empty object (what `encode(to:)` of a
    /// struct without properties produces).
    func value() -> MustacheValue {
        switch content {
        case .empty: .object([:])
        case .value(let value): value
        case .object(let storage):
            .object(
                storage.members.reduce(into: MustacheObject()) { object, member in
                    object[member.name] = member.slot.value()
                })
        case .array(let storage): .array(storage.items.map { $0.value() })
        }
    }
}
