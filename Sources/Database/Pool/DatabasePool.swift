/// The application's database: one file in WAL mode, one writer connection and a few read-only
/// reader connections. All access goes through ``read(_:)`` and ``write(_:)``.
///
/// In WAL mode readers never block the writer nor the writer the readers; each read sees the
/// database as of its first statement (https://sqlite.org/wal.html §2.2).
package final class DatabasePool: Sendable {
    /// The database file.
    package let path: String
    /// The settings the connections were opened with.
    package let configuration: Configuration
    /// The journal mode read back after setting it: always `wal` (opening fails otherwise).
    package let journalMode: String
    private let writer: SerializedWriter
    private let readers: ReaderPool

    /// Opens (creating if needed) the database at `path` and switches it to WAL mode.
    package init(path: String, configuration: Configuration = Configuration()) throws {
        let writerConnection = try Connection(path: path, readOnly: false, configuration: configuration)
        do {
            journalMode = try Self.setUpWriter(writerConnection, configuration)
        } catch {
            writerConnection.close()
            throw error
        }
        self.path = path
        self.configuration = configuration
        self.writer = SerializedWriter(connection: writerConnection)
        self.readers = ReaderPool(capacity: configuration.maximumReaderCount) {
            try Connection(path: path, readOnly: true, configuration: configuration)
        }
    }

    deinit {
        close()
    }

    /// PRAGMA values cannot be bound parameters; the interpolated values come from the typed
    /// configuration, never from input.
    private static func setUpWriter(_ connection: Connection, _ configuration: Configuration) throws -> String {
        // "The journal_mode pragma returns a string which is the new journal mode", and the change
        // silently does not happen on some filesystems, so read it back
        // (https://sqlite.org/pragma.html#pragma_journal_mode).
        let mode = try connection.scalar(String.self, "PRAGMA journal_mode = WAL").lowercased()
        guard mode == "wal" else {
            throw DatabaseError(
                code: .cannotOpen, message: "could not switch \(connection.path) to WAL mode (journal mode is \(mode))")
        }
        try connection.execute("PRAGMA synchronous = \(configuration.synchronous.rawValue)")
        try connection.execute("PRAGMA journal_size_limit = \(max(0, configuration.journalSizeLimitBytes))")
        return mode
    }

    /// Runs `body` on a reader connection inside a deferred transaction, so every statement of it
    /// sees the same snapshot. The connection is read-only: writing throws `readOnly`.
    ///
    /// Inside a ``write(_:)`` closure, read through its connection instead: a nested `read` does
    /// not see the write's uncommitted changes, and it waits for a free reader.
    package func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try readers.withConnection { connection in
            try connection.inTransaction(.deferred, body)
        }
    }

    /// Runs `body` on the writer in `BEGIN IMMEDIATE … COMMIT`; rolls back when it throws.
    /// Writes are serialized: a second writer waits for the first to finish.
    package func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try writer.withConnection { connection in
            try connection.inTransaction(.immediate, body)
        }
    }

    /// Runs `body` on the writer outside any transaction, for statements that refuse to run in one
    /// (`VACUUM`, `PRAGMA foreign_keys`, `PRAGMA wal_checkpoint`).
    package func writeWithoutTransaction<T>(_ body: (Connection) throws -> T) throws -> T {
        try writer.withConnection(body)
    }

    /// Closes every connection. Readers in use close when their closure returns; later calls throw.
    package func close() {
        readers.close()
        writer.close()
    }
}
