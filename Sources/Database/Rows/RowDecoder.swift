/// A `Decoder` over one row: a flat keyed container whose keys are column names.
struct RowDecoder: Decoder {
    let row: Row
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowKeyedContainer<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DatabaseError(code: .mismatch, message: "a row decodes only into a keyed type", sql: row.columns.sql)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DatabaseError(code: .mismatch, message: "a row decodes only into a keyed type", sql: row.columns.sql)
    }
}

/// Reads a column value as any `Decodable`: directly for ``DatabaseValueConvertible`` types,
/// otherwise through a single-value decoder (enums with a raw value, wrappers around a value).
func decodeColumnValue<T: Decodable>(_ type: T.Type, from value: DatabaseValue, column: String, sql: String) throws -> T {
    if let convertible = T.self as? any DatabaseValueConvertible.Type {
        guard let decoded = convertible.init(databaseValue: value) as? T else {
            throw DatabaseError(
                code: .mismatch, message: "column \"\(column)\" holds \(value.storageClassName), not \(T.self)",
                sql: sql)
        }
        return decoded
    }
    do {
        return try T(from: ColumnValueDecoder(value: value, column: column, sql: sql))
    } catch let error as DecodingError {
        // A raw-value enum reports an unknown value as DecodingError; keep one error type.
        throw DatabaseError(
            code: .mismatch, message: "column \"\(column)\" holds a value \(T.self) cannot represent: \(error)",
            sql: sql)
    }
}

private struct RowKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: Row
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { row.columns.names.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { row.columns.index(of: key.stringValue) != nil }

    private func value(for key: Key) throws -> (DatabaseValue, String) {
        guard let index = row.columns.index(of: key.stringValue) else {
            throw DatabaseError(
                code: .range,
                message: "no column \"\(key.stringValue)\" in result (columns: \(row.columns.names.joined(separator: ", ")))",
                sql: row.columns.sql)
        }
        return (row.values[index], row.columns.names[index])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).0.isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (value, column) = try value(for: key)
        return try decodeColumnValue(T.self, from: value, column: column, sql: row.columns.sql)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeConvertible(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeConvertible(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeConvertible(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeConvertible(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeConvertible(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeConvertible(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeNarrowed(key, Double.self) { Float($0) } }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeNarrowed(key, Int64.self) { Int8(exactly: $0) } }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeNarrowed(key, Int64.self) { Int16(exactly: $0) } }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeNarrowed(key, Int64.self) { UInt(exactly: $0) } }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeNarrowed(key, Int64.self) { UInt8(exactly: $0) } }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeNarrowed(key, Int64.self) { UInt16(exactly: $0) } }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeNarrowed(key, Int64.self) { UInt32(exactly: $0) } }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeNarrowed(key, Int64.self) { UInt64(exactly: $0) } }

    private func decodeConvertible<T: DatabaseValueConvertible & Decodable>(_ key: Key) throws -> T {
        let (value, column) = try value(for: key)
        return try decodeColumnValue(T.self, from: value, column: column, sql: row.columns.sql)
    }

    private func decodeNarrowed<Wide: DatabaseValueConvertible & Decodable, T>(
        _ key: Key, _ wide: Wide.Type, _ narrow: (Wide) -> T?
    ) throws -> T {
        let (value, column) = try value(for: key)
        let wideValue = try decodeColumnValue(Wide.self, from: value, column: column, sql: row.columns.sql)
        guard let result = narrow(wideValue) else {
            throw DatabaseError(code: .mismatch, message: "column \"\(column)\" value does not fit \(T.self)", sql: row.columns.sql)
        }
        return result
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DatabaseError(code: .mismatch, message: "column \"\(key.stringValue)\" cannot hold a nested value", sql: row.columns.sql)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DatabaseError(code: .mismatch, message: "column \"\(key.stringValue)\" cannot hold a nested value", sql: row.columns.sql)
    }

    func superDecoder() throws -> any Decoder { RowDecoder(row: row) }
    func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row) }
}

/// Decodes one column value for types that are `Decodable` through a single value (raw enums).
private struct ColumnValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: DatabaseValue
    let column: String
    let sql: String
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DatabaseError(code: .mismatch, message: "column \"\(column)\" cannot hold a keyed value", sql: sql)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DatabaseError(code: .mismatch, message: "column \"\(column)\" cannot hold a list", sql: sql)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decodeColumnValue(T.self, from: value, column: column, sql: sql)
    }
}
