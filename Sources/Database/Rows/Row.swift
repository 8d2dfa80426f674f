/// One result row: its values, read by position or by column name, typed on the way out.
///
/// A row owns its values, so it can be kept and sent across threads after its query is done.
package struct Row: Sendable {
    /// The row's values, in column order.
    package let values: [DatabaseValue]
    let columns: RowColumns

    init(values: [DatabaseValue], columns: RowColumns) {
        self.values = values
        self.columns = columns
    }

    /// The number of columns.
    package var count: Int { values.count }

    /// The column names, in order.
    package var columnNames: [String] { columns.names }

    /// The value at `index`; traps when out of range, like an array.
    package subscript(index: Int) -> DatabaseValue { values[index] }

    /// The value of the column named `column` (or whose camel case form it is), `nil` when absent.
    package subscript(column: String) -> DatabaseValue? {
        columns.index(of: column).map { values[$0] }
    }

    /// The value at `index` read as `T`; throws a ``DatabaseError`` (`mismatch`) when it cannot be.
    package func get<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(index) else {
            throw DatabaseError(
                code: .range, message: "column index \(index) out of range (\(values.count) columns)",
                sql: columns.sql)
        }
        return try decode(T.self, at: index)
    }

    /// The column named `column` read as `T`; throws a ``DatabaseError`` when missing or mistyped.
    package func get<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let index = columns.index(of: column) else {
            throw DatabaseError(
                code: .range,
                message: "no column \"\(column)\" in result (columns: \(columns.names.joined(separator: ", ")))",
                sql: columns.sql)
        }
        return try decode(T.self, at: index)
    }

    func decode<T: DatabaseValueConvertible>(_ type: T.Type, at index: Int) throws -> T {
        let value = values[index]
        guard let decoded = T(databaseValue: value) else {
            throw DatabaseError(
                code: .mismatch,
                message: "column \"\(columns.names[index])\" holds \(value.storageClassName), not \(T.self)",
                sql: columns.sql)
        }
        return decoded
    }
}

extension Row: Equatable {
    package static func == (lhs: Row, rhs: Row) -> Bool {
        lhs.values == rhs.values && lhs.columns.names == rhs.columns.names
    }
}
