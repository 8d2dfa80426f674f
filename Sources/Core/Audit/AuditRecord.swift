package import Database

/// One stored `audit_log` row, every column, as the chain hashes it.
package struct AuditRecord: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let at: String
    package let actor: String
    package let userID: Int64?
    package let username: String
    package let role: String
    package let action: String
    package let entity: String
    package let entityID: String
    package let areaCode: String
    package let changes: String
    package let address: String
    package let requestID: String
    package let prevHash: String
    package let rowHash: String

    package init(row: Row) throws {
        id = try row.get(0)
        at = try row.get(1)
        actor = try row.get(2)
        userID = row[3] == .null ? nil : try row.get(3)
        username = try row.get(4)
        role = try row.get(5)
        action = try row.get(6)
        entity = try row.get(7)
        entityID = try row.get(8)
        areaCode = try row.get(9)
        changes = try row.get(10)
        address = try row.get(11)
        requestID = try row.get(12)
        prevHash = try row.get(13)
        rowHash = try row.get(14)
    }

    /// The columns in the order `AuditRecord` decodes them.
    package static let columns =
        "id, at, actor, user_id, username, role, action, entity, entity_id, area_code, changes, address, request_id, prev_hash, row_hash"
}
