import CSQLite

extension Statement {
    /// Binds `arguments` and runs the statement to completion (INSERT, UPDATE, DELETE, DDL).
    package func execute(_ arguments: StatementArguments = []) throws {
        try bind(arguments)
        isStepping = true
        defer {
            isStepping = false
            reset()
        }
        while try step() {}
    }

    /// Binds `arguments` and returns every row.
    package func query(_ arguments: StatementArguments = []) throws -> [Row] {
        var rows: [Row] = []
        try forEach(arguments) { rows.append($0) }
        return rows
    }

    /// Binds `arguments` and decodes every row as `T`.
    package func query<T: RowDecodable>(_ type: T.Type, _ arguments: StatementArguments = []) throws -> [T] {
        var results: [T] = []
        try forEach(arguments) { results.append(try T(row: $0)) }
        return results
    }

    /// Binds `arguments` and returns the first row, or `nil` when there is none.
    package func queryOne(_ arguments: StatementArguments = []) throws -> Row? {
        try bind(arguments)
        isStepping = true
        defer {
            isStepping = false
            reset()
        }
        return try step() ? currentRow() : nil
    }

    /// Binds `arguments` and reads the first column of the first row as `T`.
    ///
    /// No row reads as NULL: `T` optional gives `nil`, otherwise a ``DatabaseError`` (`mismatch`).
    package func scalar<T: DatabaseValueConvertible>(_ type: T.Type, _ arguments: StatementArguments = []) throws -> T {
        try bind(arguments)
        isStepping = true
        defer {
            isStepping = false
            reset()
        }
        let hasRow = try step()
        let value: DatabaseValue = hasRow && columnCount > 0 ? value(at: 0) : .null
        guard let result = T(databaseValue: value) else {
            let found = hasRow ? value.storageClassName : "no row"
            throw DatabaseError(code: .mismatch, message: "scalar result is \(found), not \(T.self)", sql: sql)
        }
        return result
    }

    /// Binds `arguments` and calls `body` with each row as it is stepped, without collecting them.
    package func forEach(_ arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        try bind(arguments)
        isStepping = true
        defer {
            isStepping = false
            reset()
        }
        while try step() {
            try body(currentRow())
        }
    }

    /// Binds every parameter; the argument count must match the statement's parameters exactly.
    func bind(_ arguments: StatementArguments) throws {
        guard arguments.count == parameterCount else {
            throw DatabaseError(
                code: .range, message: "statement has \(parameterCount) parameters, \(arguments.count) arguments given",
                sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument?.databaseValue ?? .null, at: Int32(offset + 1))
        }
    }

    /// Binds one value; parameter indexes start at 1 (https://sqlite.org/c3ref/bind_blob.html).
    func bind(_ value: DatabaseValue, at index: Int32) throws {
        switch value {
        case .text(let text) where text.utf8.count > Int32.max:
            throw DatabaseError(code: .tooBig, message: "text too large to bind", sql: sql)
        case .blob(let blob) where blob.count > Int32.max:
            throw DatabaseError(code: .tooBig, message: "blob too large to bind", sql: sql)
        default:
            break
        }
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(var text):
            code = text.withUTF8 { bytes in
                // A NULL pointer would bind SQL NULL, so the empty string needs a real pointer.
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return csqlite_bind_text_transient(handle, index, "", 0)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    csqlite_bind_text_transient(handle, index, $0, Int32(bytes.count))
                }
            }
        case .blob(let blob):
            if blob.isEmpty {
                code = sqlite3_bind_zeroblob(handle, index, 0)
            } else {
                code = blob.withUnsafeBytes { bytes in
                    csqlite_bind_blob_transient(handle, index, bytes.baseAddress, Int32(bytes.count))
                }
            }
        }
        guard code == SQLITE_OK else {
            throw DatabaseError.last(sqlite3_db_handle(handle), code: code, sql: sql)
        }
    }
}
