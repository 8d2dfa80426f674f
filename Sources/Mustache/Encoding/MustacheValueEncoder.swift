import Foundation

/// An `Encoder` that builds a `MustacheValue` from any `Encodable` view model, so templates never reflect
/// over Swift values at render time.
struct MustacheValueEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(storage: slot.objectStorage(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(storage: slot.arrayStorage(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot, codingPath: codingPath)
    }

    /// Encodes `value` into a new slot. Types with an obvious text form are written as that text rather
    /// than as what their own `encode(to:)` produces (a `Date` would otherwise be a number of seconds).
    static func slot(for value: some Encodable, codingPath: [any CodingKey]) throws -> EncodingSlot {
        switch value {
        case let value as MustacheValue:
            return EncodingSlot(value)
        case let date as Date:
            return EncodingSlot(.string(date.ISO8601Format()))
        case let url as URL:
            return EncodingSlot(.string(url.absoluteString))
        case let decimal as Decimal:
            return EncodingSlot(.string(decimal.description))
        case let uuid as UUID:
            return EncodingSlot(.string(uuid.uuidString))
        default:
            let slot = EncodingSlot()
            try value.encode(to: MustacheValueEncoder(slot: slot, codingPath: codingPath))
            return slot
        }
    }
}

extension MustacheValue {
    /// Integers that do not fit `Int` keep their exact digits as text.
    static func integer(_ value: some BinaryInteger) -> MustacheValue {
        if let integer = Int(exactly: value) { return .int(integer) }
        return .string(String(value))
    }
}
