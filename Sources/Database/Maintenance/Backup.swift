import CSQLite
import Foundation

/// Online backup of a live database (`dinsos backup PATH`).
package enum Backup {
    /// Copies the database to `path` with SQLite's online backup API while the pool keeps serving,
    /// then runs `PRAGMA integrity_check` on the copy and returns its result.
    ///
    /// The copy reads from a reader connection holding one read transaction for the whole backup,
    /// so it is a consistent snapshot, and in WAL mode the writer is never blocked by it. ("If the
    /// source database is modified by … a database connection other than the one being used by the
    /// backup operation, then the backup will be restarted": https://sqlite.org/c3ref/backup_finish.html.
    /// An open read transaction pins the snapshot, so writes elsewhere cannot force a restart.)
    /// Pages are copied `pagesPerStep` at a time with a short pause between steps, so the copy
    /// does not monopolise the disk. The copy is written beside `path` and renamed into place,
    /// so `path` never holds half a backup.
    package static func copy(
        from pool: DatabasePool, to path: String, pagesPerStep: Int = 1024, pause: Duration = .milliseconds(1)
    ) throws -> IntegrityReport {
        let temporaryPath = path + ".partial"
        removeDatabaseFiles(at: temporaryPath)
        do {
            try pool.read { source in
                // BEGIN DEFERRED takes no lock until the first read; take the snapshot now.
                _ = try source.scalar(Int.self, "SELECT count(*) FROM sqlite_master")
                try copyPages(from: source.handle, toFile: temporaryPath, pagesPerStep: pagesPerStep, pause: pause)
            }
            guard rename(temporaryPath, path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw DatabaseError(code: .cannotOpen, message: "cannot move backup to \(path): \(reason)")
            }
        } catch {
            removeDatabaseFiles(at: temporaryPath)
            throw error
        }
        return try checkIntegrity(ofFile: path)
    }

    private static func copyPages(
        from source: OpaquePointer, toFile path: String, pagesPerStep: Int, pause: Duration
    ) throws {
        var destination: OpaquePointer?
        let openCode = sqlite3_open_v2(
            path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nil)
        defer { sqlite3_close_v2(destination) }
        guard openCode == SQLITE_OK, let destination else {
            throw DatabaseError.last(destination, code: openCode, sql: nil)
        }
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw DatabaseError.last(destination, code: sqlite3_errcode(destination), sql: nil)
        }
        let pages = Int32(clamping: max(1, pagesPerStep))
        var code: Int32
        var remaining = Int32.max
        var restarts = 0
        repeat {
            code = sqlite3_backup_step(backup, pages)
            // The pinned snapshot should make restarts impossible; should one happen anyway, give
            // up rather than copy forever behind a busy writer.
            let nowRemaining = sqlite3_backup_remaining(backup)
            if nowRemaining > remaining { restarts += 1 }
            remaining = nowRemaining
            if restarts > 3 {
                sqlite3_backup_finish(backup)
                throw DatabaseError(code: .busy, message: "backup restarted repeatedly because the source kept changing")
            }
            switch code {
            case SQLITE_OK, SQLITE_BUSY, SQLITE_LOCKED:
                Thread.sleep(forTimeInterval: pause.seconds)
            default:
                break
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        // sqlite3_backup_finish releases the backup and reports the step's error, if any.
        let finishCode = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finishCode == SQLITE_OK else {
            throw DatabaseError.last(destination, code: code == SQLITE_DONE ? finishCode : code, sql: nil)
        }
    }

    private static func checkIntegrity(ofFile path: String) throws -> IntegrityReport {
        var configuration = DatabasePool.Configuration()
        configuration.cacheSizeKiB = 2_048
        let copy = try Connection(path: path, readOnly: false, configuration: configuration)
        defer { copy.close() }
        return try IntegrityReport.check(copy)
    }

    private static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            unlink(path + suffix)
        }
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
