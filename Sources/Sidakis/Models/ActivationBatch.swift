package import Database
package import Foundation

/// An activation batch (SOP step 4): the approved proposals sent to BPJS Kesehatan in one BNBA
/// file. The files are stored as first rendered, so a later download is identical.
package struct ActivationBatch: Sendable, Equatable, Identifiable, RowDecodable {
    package let id: Int64
    package let number: String
    package let createdAt: Date
    package let createdByName: String
    package let proposalCount: Int
    package let columns: [BNBAColumn]

    package init(row: Row) throws {
        id = try row.get(0)
        number = try row.get(1)
        let at: String = try row.get(2)
        guard let created = ISO8601Timestamp.parse(at) else {
            throw DatabaseError(code: .mismatch, message: "sidakis_batches.created_at malformed: \(at)")
        }
        createdAt = created
        createdByName = try row.get(3)
        proposalCount = try row.get(4)
        let keys: String = try row.get(5)
        columns = keys.split(separator: ",").compactMap { BNBAColumn(rawValue: String($0)) }
    }

    static let columnList = "b.id, b.number, b.created_at, b.created_by_name, b.proposal_count, b.columns"
}
