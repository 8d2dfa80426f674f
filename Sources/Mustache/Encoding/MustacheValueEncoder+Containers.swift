extension MustacheValueEncoder {
    /// Writes members of an object. A nil optional is stored as null rather than left out, so that a
    /// lookup stops here instead of finding a same-named value further down the context stack.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let storage: EncodingSlot.ObjectStorage
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { storage.set(key.stringValue, EncodingSlot(.null)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { set(.double(Double(value)), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.integer(value), key) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            storage.set(key.stringValue, try MustacheValueEncoder.slot(for: value, codingPath: codingPath + [key]))
        }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            try encodeOptional(value, key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let slot = EncodingSlot()
            storage.set(key.stringValue, slot)
            return KeyedEncodingContainer(
                KeyedContainer<NestedKey>(storage: slot.objectStorage(), codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let slot = EncodingSlot()
            storage.set(key.stringValue, slot)
            return UnkeyedContainer(storage: slot.arrayStorage(), codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            let key = NameKey("super")
            let slot = EncodingSlot()
            storage.set(key.stringValue, slot)
            return MustacheValueEncoder(slot: slot, codingPath: codingPath + [key])
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let slot = EncodingSlot()
            storage.set(key.stringValue, slot)
            return MustacheValueEncoder(slot: slot, codingPath: codingPath + [key])
        }

        private func set(_ value: MustacheValue, _ key: Key) {
            storage.set(key.stringValue, EncodingSlot(value))
        }

        private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
            if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
        }
    }

    /// Writes the items of an array.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let storage: EncodingSlot.ArrayStorage
        let codingPath: [any CodingKey]
        var count: Int { storage.items.count }

        mutating func encodeNil() throws { storage.items.append(EncodingSlot(.null)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            storage.items.append(
                try MustacheValueEncoder.slot(for: value, codingPath: codingPath + [IndexKey(count)]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            let slot = appendSlot()
            return KeyedEncodingContainer(
                KeyedContainer<NestedKey>(storage: slot.objectStorage(), codingPath: codingPath + [IndexKey(count - 1)])
            )
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let slot = appendSlot()
            return UnkeyedContainer(storage: slot.arrayStorage(), codingPath: codingPath + [IndexKey(count - 1)])
        }

        mutating func superEncoder() -> any Encoder {
            let slot = appendSlot()
            return MustacheValueEncoder(slot: slot, codingPath: codingPath + [IndexKey(count - 1)])
        }

        private mutating func appendSlot() -> EncodingSlot {
            let slot = EncodingSlot()
            storage.items.append(slot)
            return slot
        }
    }

    /// Writes a single value in place (enums with raw values, wrappers, optionals at the top level).
    struct SingleValueContainer: SingleValueEncodingContainer {
        let slot: EncodingSlot
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { slot.set(.null) }
        mutating func encode(_ value: Bool) throws { slot.set(.bool(value)) }
        mutating func encode(_ value: String) throws { slot.set(.string(value)) }
        mutating func encode(_ value: Double) throws { slot.set(.double(value)) }
        mutating func encode(_ value: Float) throws { slot.set(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { slot.set(.int(value)) }
        mutating func encode(_ value: Int8) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: Int16) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: Int32) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: Int64) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: UInt) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: UInt8) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: UInt16) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: UInt32) throws { slot.set(.integer(value)) }
        mutating func encode(_ value: UInt64) throws { slot.set(.integer(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            slot.set(try MustacheValueEncoder.slot(for: value, codingPath: codingPath).value())
        }
    }
}

/// The coding key of an array item.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) {
        guard let index = Int(stringValue) else { return nil }
        intValue = index
    }
}
