import CSQLite

/// An error reported by SQLite, or by this module's use of it, with the SQL that caused it.
package struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// The extended result code (https://sqlite.org/rescode.html#extrc).
    package let extendedResultCode: ResultCode
    /// SQLite's message (`sqlite3_errmsg`), or this module's explanation.
    package let message: String
    /// The statement that failed, when there was one.
    package let sql: String?

    /// Creates an error; `message` should read as a sentence fragment SQLite would write.
    package init(code: ResultCode, message: String, sql: String? = nil) {
        self.extendedResultCode = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_CONSTRAINT` for every constraint violation).
    package var resultCode: ResultCode { extendedResultCode.primary }

    /// A UNIQUE or PRIMARY KEY constraint failed.
    package var isUniqueViolation: Bool {
        extendedResultCode == .constraintUnique || extendedResultCode == .constraintPrimaryKey
    }
    /// A FOREIGN KEY constraint failed.
    package var isForeignKeyViolation: Bool { extendedResultCode == .constraintForeignKey }
    /// A CHECK constraint failed.
    package var isCheckViolation: Bool { extendedResultCode == .constraintCheck }
    /// A NOT NULL constraint failed.
    package var isNotNullViolation: Bool { extendedResultCode == .constraintNotNull }
    /// A value of the wrong type was written to a STRICT table.
    package var isDatatypeViolation: Bool { extendedResultCode == .constraintDatatype }
    /// Any constraint failed.
    package var isConstraintViolation: Bool { resultCode == .constraint }

    /// What the violated constraint was about, parsed from SQLite's message; `nil` for other errors.
    package var constraint: ConstraintViolation? {
        guard isConstraintViolation else { return nil }
        return ConstraintViolation(code: extendedResultCode, message: message)
    }

    package var description: String {
        var text = "SQLite error \(extendedResultCode.rawValue): \(message)"
        if let sql { text += " (SQL: \(sql))" }
        return text
    }
}

extension DatabaseError {
    /// The error SQLite reports for `database` after a call returned `code`.
    static func last(_ database: OpaquePointer?, code: Int32, sql: String?) -> DatabaseError {
        let extended = database.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode reports the most recent failure on the connection; prefer it
        // only when it refines the code this call returned.
        let resolved = extended & 0xFF == code & 0xFF ? extended : code
        let message = database.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        return DatabaseError(code: ResultCode(rawValue: resolved), message: message, sql: sql)
    }
}
