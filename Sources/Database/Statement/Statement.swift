import CSQLite

/// A prepared statement (`sqlite3_stmt`). Reached only through its ``Connection``; not thread-safe.
///
/// Statements from ``Connection/prepare(_:)`` are cached per connection, so preparing the same SQL
/// again is a dictionary lookup. For a batch insert, prepare once and call ``execute(_:)`` per row.
package final class Statement {
    let handle: OpaquePointer
    /// The SQL text the statement was prepared from.
    package let sql: String
    let parameterCount: Int
    let columnCount: Int
    /// Set while rows are being stepped, so the cache never hands out a statement in use.
    var isStepping = false
    private var cachedColumns: RowColumns?

    /// Prepares exactly one statement; trailing SQL other than whitespace and comments is refused,
    /// because `sqlite3_prepare_v3` would silently ignore it (https://sqlite.org/c3ref/prepare.html).
    init(database: OpaquePointer, sql: String, persistent: Bool) throws {
        var statement: OpaquePointer?
        let flags = UInt32(persistent ? SQLITE_PREPARE_PERSISTENT : 0)
        let (code, trailing): (Int32, String) = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(database, text, -1, flags, &statement, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK else {
            throw DatabaseError.last(database, code: code, sql: sql)
        }
        guard let statement else {
            throw DatabaseError(code: .misuse, message: "no SQL statement to prepare", sql: sql)
        }
        if !trailing.isEmpty, Self.containsStatement(trailing, database: database) {
            sqlite3_finalize(statement)
            throw DatabaseError(
                code: .misuse, message: "more than one statement; use executeScript for several", sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.parameterCount = Int(sqlite3_bind_parameter_count(statement))
        self.columnCount = Int(sqlite3_column_count(statement))
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private static func containsStatement(_ sql: String, database: OpaquePointer) -> Bool {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(database, sql, -1, &statement, nil)
        sqlite3_finalize(statement)
        return code != SQLITE_OK || statement != nil
    }

    var columns: RowColumns {
        if let cachedColumns { return cachedColumns }
        let names = (0..<columnCount).map { index in
            sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? "column\(index + 1)"
        }
        let columns = RowColumns(names: names, sql: sql)
        cachedColumns = columns
        return columns
    }

    /// Steps once: `true` when a row is available, `false` when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        case let code:
            let error = DatabaseError.last(sqlite3_db_handle(handle), code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets the statement so that it releases its locks and can run again.
    func reset() {
        sqlite3_reset(handle)
    }

    func value(at column: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // The pointer comes before the byte count: https://sqlite.org/c3ref/column_blob.html
            // ("call sqlite3_column_text() first … then sqlite3_column_bytes()").
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob([UInt8](UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    func currentRow() -> Row {
        var values: [DatabaseValue] = []
        values.reserveCapacity(columnCount)
        for column in 0..<Int32(columnCount) {
            values.append(value(at: column))
        }
        return Row(values: values, columns: columns)
    }
}
