import CSQLite

extension Connection {
    /// Runs every statement of a multi-statement SQL text (a migration file) in order, with no
    /// arguments, stopping at the first error. The statements are not cached.
    ///
    /// Follows the loop `sqlite3_exec` itself uses: prepare with a tail, step to completion,
    /// finalize, continue at the tail (https://sqlite.org/c3ref/prepare.html).
    package func executeScript(_ sql: String) throws {
        try executeScript(sql, allowingTransactionControl: true)
    }

    /// Runs a script, optionally refusing BEGIN, COMMIT, END and ROLLBACK (but not SAVEPOINT):
    /// a migration's COMMIT would end the migrator's transaction halfway through the file.
    ///
    /// The refusal uses the authorizer, which sees every statement as it is prepared, before it
    /// runs ("SQLITE_TRANSACTION … operation: BEGIN, COMMIT or ROLLBACK",
    /// https://sqlite.org/c3ref/c_alter_table.html).
    func executeScript(_ sql: String, allowingTransactionControl: Bool) throws {
        guard !allowingTransactionControl else { return try runScript(sql) }
        sqlite3_set_authorizer(handle, { _, action, _, _, _, _ in
            action == SQLITE_TRANSACTION ? SQLITE_DENY : SQLITE_OK
        }, nil)
        defer { sqlite3_set_authorizer(handle, nil, nil) }
        do {
            try runScript(sql)
        } catch let error as DatabaseError where error.extendedResultCode == .authorization {
            throw DatabaseError(
                code: .authorization,
                message: "BEGIN, COMMIT and ROLLBACK are not allowed here: the script already runs in a transaction",
                sql: error.sql)
        }
    }

    private func runScript(_ sql: String) throws {
        var text = sql
        try text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            try start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { base in
                let end = base + bytes.count
                var cursor = base
                while cursor < end {
                    var statement: OpaquePointer?
                    var tail: UnsafePointer<CChar>?
                    let remaining = Int32(clamping: end - cursor)
                    let code = sqlite3_prepare_v2(handle, cursor, remaining, &statement, &tail)
                    guard code == SQLITE_OK else {
                        throw DatabaseError.last(handle, code: code, sql: Self.firstStatement(from: cursor, to: end))
                    }
                    defer { sqlite3_finalize(statement) }
                    if let statement {
                        try Self.run(statement, database: handle)
                    }
                    guard let tail, tail > cursor else { break }
                    cursor = tail
                }
            }
        }
    }

    private static func run(_ statement: OpaquePointer, database: OpaquePointer) throws {
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                continue
            case SQLITE_DONE:
                return
            case let code:
                let sql = sqlite3_sql(statement).map { String(cString: $0) }
                throw DatabaseError.last(database, code: code, sql: sql)
            }
        }
    }

    /// The text from `start` up to and including the next `;`, for error messages.
    private static func firstStatement(from start: UnsafePointer<CChar>, to end: UnsafePointer<CChar>) -> String {
        let buffer = UnsafeBufferPointer(start: start, count: end - start)
        let prefix = buffer.prefix { $0 != CChar(UInt8(ascii: ";")) }
        let bytes = prefix.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
