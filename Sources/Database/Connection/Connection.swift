import CSQLite

/// One SQLite connection. Not thread-safe and not `Sendable`: code receives it only inside
/// ``DatabasePool/read(_:)`` and ``DatabasePool/write(_:)`` closures and must not keep it.
package final class Connection {
    let handle: OpaquePointer
    /// The database file.
    package let path: String
    /// Whether the connection was opened with `SQLITE_OPEN_READONLY`.
    package let isReadOnly: Bool
    private var statements: StatementCache
    var savepointDepth = 0
    private var isClosed = false

    /// Opens a connection in multi-thread mode (`SQLITE_OPEN_NOMUTEX`): the pool guarantees one
    /// thread at a time per connection (https://sqlite.org/threadsafe.html).
    init(path: String, readOnly: Bool, configuration: DatabasePool.Configuration) throws {
        var database: OpaquePointer?
        let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let code = sqlite3_open_v2(path, &database, flags, nil)
        guard code == SQLITE_OK, let database else {
            let error = DatabaseError.last(database, code: code, sql: nil)
            // "Whether or not an error occurs when it is opened, resources associated with the
            // database connection handle should be released by passing it to sqlite3_close()."
            sqlite3_close_v2(database)
            throw DatabaseError(code: error.extendedResultCode, message: "\(error.message): \(path)")
        }
        self.handle = database
        self.path = path
        self.isReadOnly = readOnly
        self.statements = StatementCache(capacity: configuration.statementCacheCapacity)
        do {
            try setUp(configuration)
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    private func setUp(_ configuration: DatabasePool.Configuration) throws {
        sqlite3_busy_timeout(handle, Int32(clamping: configuration.busyTimeoutMilliseconds))
        // Double-quoted string literals are a misfeature kept for compatibility; turn them off so a
        // typo'd identifier is an error, not a string (https://sqlite.org/quirks.html#dblquote).
        _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DML, 0, nil)
        _ = csqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DDL, 0, nil)
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA cache_size = -\(max(0, configuration.cacheSizeKiB))")
    }

    /// Finalizes cached statements and closes; statements the caller still holds keep the
    /// connection alive as a zombie until they go (`sqlite3_close_v2`).
    func close() {
        guard !isClosed else { return }
        isClosed = true
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The statement for `sql`, prepared once and cached on this connection.
    ///
    /// When the cached statement is busy (its rows are being stepped by an enclosing `forEach`), a
    /// fresh uncached statement is returned instead, so nested use of one SQL text is safe.
    package func prepare(_ sql: String) throws -> Statement {
        if let cached = statements[sql] {
            if !cached.isStepping { return cached }
            return try Statement(database: handle, sql: sql, persistent: false)
        }
        let statement = try Statement(database: handle, sql: sql, persistent: true)
        statements.insert(statement)
        return statement
    }

    /// The number of cached statements (for tests and diagnostics).
    package var cachedStatementCount: Int { statements.count }

    /// The rowid of the most recent successful INSERT on this connection.
    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    package var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection opened.
    package var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    package var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}

@available(*, unavailable, message: "a Connection belongs to the thread running its pool closure")
extension Connection: Sendable {}
