package import Database

/// Walks the audit chain from the first row (`dinsos audit verify`). Rows are streamed one at a
/// time (`Connection.forEach`), so memory stays constant however long the log is, and the walk
/// stops at the first row that does not fit.
///
/// A walk cannot tell that rows were cut off the end of the log; the last row's hash, noted
/// somewhere else, is what proves that (the command prints it).
package enum AuditVerifier {
    /// The outcome of a walk.
    package enum Result: Sendable, Equatable {
        case intact(rows: Int)
        /// The first row that does not fit, and why.
        case broken(id: Int64, reason: String)
    }

    /// Thrown out of the row loop to stop stepping at the first broken row.
    private struct Stop: Error {
        let id: Int64
        let reason: String
    }

    package static func verify(_ db: Connection) throws -> Result {
        var previousHash = AuditChain.genesis
        var previousID: Int64 = 0
        var count = 0
        do {
            try db.forEach(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log ORDER BY id") { record in
                if record.id != previousID + 1 {
                    throw Stop(id: record.id, reason: "id follows \(previousID): a row is missing before it")
                } else if record.prevHash != previousHash {
                    throw Stop(id: record.id, reason: "prev_hash does not match the row before it")
                } else if record.rowHash != AuditChain.expectedHash(of: record) {
                    throw Stop(id: record.id, reason: "row_hash does not match the row's columns (the row was changed)")
                }
                previousHash = record.rowHash
                previousID = record.id
                count += 1
            }
        } catch let stop as Stop {
            return .broken(id: stop.id, reason: stop.reason)
        }
        return .intact(rows: count)
    }
}
