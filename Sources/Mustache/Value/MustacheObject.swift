/// The members of an object value, in insertion order. A name is found by scanning the names: for the
/// small objects view models are made of, comparing a few short strings is several times faster than
/// hashing one. Objects with more than `indexThreshold` members keep a hash index as well.
package struct MustacheObject: Sendable {
    // One array of pairs rather than two arrays: copying the object (every lookup does) retains one buffer.
    private var members: [(name: String, value: MustacheValue)] = []
    private var positions: [String: Int]?

    static var indexThreshold: Int { 24 }

    /// An object without members.
    package init() {}

    /// An object with the members of `dictionary`, ordered by name.
    package init(_ dictionary: [String: MustacheValue]) {
        members.reserveCapacity(dictionary.count)
        for name in dictionary.keys.sorted() { self[name] = dictionary[name] }
    }

    /// The number of members.
    package var count: Int { members.count }

    /// Whether the object has no members.
    package var isEmpty: Bool { members.isEmpty }

    /// The member names, in insertion order.
    package var memberNames: [String] { members.map(\.name) }

    /// The member called `name`; setting nil removes it, setting an existing name replaces its value.
    package subscript(name: String) -> MustacheValue? {
        get {
            guard let position = position(of: name) else { return nil }
            return members[position].value
        }
        set {
            if let position = position(of: name) {
                if let newValue {
                    members[position].value = newValue
                } else {
                    members.remove(at: position)
                    rebuildIndex()
                }
            } else if let newValue {
                members.append((name, newValue))
                if positions != nil {
                    positions?[name] = members.count - 1
                } else if members.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    private func position(of name: String) -> Int? {
        if let positions { return positions[name] }
        // Comparing lengths first (O(1) for native strings) skips most unequal names cheaply.
        let length = name.utf8.count
        return members.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < buffer.count {
                if buffer[position].name.utf8.count == length, buffer[position].name == name { return position }
                position += 1
            }
            return nil
        }
    }

    private mutating func rebuildIndex() {
        guard members.count > Self.indexThreshold else {
            positions = nil
            return
        }
        positions = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.name, $0) })
    }
}

extension MustacheObject: Equatable {
    /// Objects are equal when they have the same members, whatever their order.
    package static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.name] == $0.value }
    }
}

extension MustacheObject: ExpressibleByDictionaryLiteral {
    /// Members in the order written; a repeated name keeps its last value.
    package init(dictionaryLiteral elements: (String, MustacheValue)...) {
        for (name, value) in elements { self[name] = value }
    }
}

extension MustacheObject: Sequence {
    /// The members as `(name, value)` pairs, in insertion order.
    package func makeIterator() -> some IteratorProtocol<(name: String, value: MustacheValue)> {
        members.makeIterator()
    }
}
