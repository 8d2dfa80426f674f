package import Database
package import Foundation

/// The SQL of activation batches and their stored BNBA files.
package enum BatchStore {
    package static func insert(
        number: String, by userID: Int64?, name: String, count: Int, columns: [BNBAColumn], csv: [UInt8], xlsx: [UInt8],
        at date: Date, in db: Connection
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO sidakis_batches (number, created_at, created_by, created_by_name, proposal_count, columns, csv, xlsx)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [number, ISO8601Timestamp.format(date), userID, name, count, columns.map(\.rawValue).joined(separator: ","),
             DatabaseValue.blob(csv), DatabaseValue.blob(xlsx)])
        return db.lastInsertRowID
    }

    package static func find(_ id: Int64, in db: Connection) throws -> ActivationBatch? {
        try db.queryOne(ActivationBatch.self, "SELECT \(ActivationBatch.columnList) FROM sidakis_batches AS b WHERE b.id = ?", [id])
    }

    /// Every batch, newest first.
    package static func all(in db: Connection) throws -> [ActivationBatch] {
        try db.query(ActivationBatch.self, "SELECT \(ActivationBatch.columnList) FROM sidakis_batches AS b ORDER BY b.id DESC")
    }

    /// The stored file of a batch in `format` (`csv` or `xlsx`), or nil.
    package static func file(_ id: Int64, format: String, in db: Connection) throws -> [UInt8]? {
        let column = format == "xlsx" ? "xlsx" : "csv"
        guard let row = try db.queryOne("SELECT \(column) FROM sidakis_batches WHERE id = ?", [id]) else { return nil }
        if case .blob(let bytes) = row[0] { return bytes }
        return nil
    }
}
