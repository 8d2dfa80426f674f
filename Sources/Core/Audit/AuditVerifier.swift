package import Database

/// Walks the audit chain from the first row (`dinsos audit verify`).
package enum AuditVerifier {
    /// The outcome of a walk.
    package enum Result: Sendable, Equatable {
        case intact(rows: Int)
        /// The first row that does not fit, and why.
        case broken(id: Int64, reason: String)
    }

    package static func verify(_ db: Connection) throws -> Result {
        var previousHash = AuditChain.genesis
        var previousID: Int64 = 0
        var count = 0
        var failure: Result?
        try db.forEach(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log ORDER BY id") { record in
            guard failure == nil else { return }
            if record.id != previousID + 1 {
                failure = .broken(id: record.id, reason: "id follows \(previousID): a row is missing before it")
            } else if record.prevHash != previousHash {
                failure = .broken(id: record.id, reason: "prev_hash does not match the row before it")
            } else if record.rowHash != AuditChain.expectedHash(of: record) {
                failure = .broken(id: record.id, reason: "row_hash does not match the row's columns (the row was changed)")
            }
            previousHash = record.rowHash
            previousID = record.id
            count += 1
        }
        return failure ?? .intact(rows: count)
    }
}
