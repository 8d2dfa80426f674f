import Core
import Database

/// `dinsos audit verify`: walks the audit hash chain; a short summary on stdout when it is
/// intact, otherwise a failure naming the first row that does not fit (exit 1).
package enum AuditVerifyCommand {
    /// What the walk found, for the summary line.
    package struct Summary: Sendable, Equatable {
        /// How many rows were walked.
        package let rows: Int
        /// The last row's id and hash (nil for an empty log): noted elsewhere, they show later
        /// that no rows were cut off the end, which the chain alone cannot.
        package let lastID: Int64?
        package let lastHash: String?

        package init(rows: Int, lastID: Int64?, lastHash: String?) {
            self.rows = rows
            self.lastID = lastID
            self.lastHash = lastHash
        }
    }

    /// Refuses while migrations are pending; throws `CommandFailure` for a broken chain.
    @discardableResult
    package static func run(databasePath: String, root: String) throws -> Summary {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        let (result, last) = try pool.read { db in
            (try AuditVerifier.verify(db), try db.queryOne("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        }
        switch result {
        case .broken(let id, let reason):
            throw CommandFailure("audit chain broken at row \(id): \(reason)")
        case .intact(let rows):
            let summary = Summary(rows: rows, lastID: try last?.get(0), lastHash: try last?.get(1))
            if let lastID = summary.lastID, let lastHash = summary.lastHash {
                printToStandardOutput("audit chain intact: \(rows) rows, last row \(lastID) with hash \(lastHash)")
            } else {
                printToStandardOutput("audit chain intact: the log is empty")
            }
            return summary
        }
    }
}
