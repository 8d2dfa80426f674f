package import Database
package import Foundation

/// Writes audit rows. Always called inside the caller's write transaction, so the row commits
/// or rolls back with the change it describes; the single writer serialises the chain.
package enum AuditLog {
    /// Appends one row for `entry` by `actor`.
    @discardableResult
    package static func record(_ entry: AuditEntry, by actor: Actor, in db: Connection, at date: Date = Date()) throws -> Int64 {
        let last = try db.queryOne("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")
        let id: Int64 = try (last?.get(0) ?? 0) + 1
        let prevHash: String = try last?.get(1) ?? AuditChain.genesis
        let at = ISO8601Timestamp.format(date)
        let changes = entry.changes.json
        let role = actor.role?.rawValue ?? ""
        let rowHash = AuditChain.hash(
            id: id, at: at, actor: actor.kind.rawValue, userID: actor.userID, username: actor.username,
            role: role, action: entry.action, entity: entry.entity, entityID: entry.entityID,
            areaCode: entry.areaCode, changes: changes, address: actor.address, requestID: actor.requestID,
            prevHash: prevHash)
        try db.execute(
            """
            INSERT INTO audit_log (id, at, actor, user_id, username, role, action, entity, entity_id, area_code,
                                   changes, address, request_id, prev_hash, row_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [id, at, actor.kind.rawValue, actor.userID, actor.username, role, entry.action, entry.entity,
             entry.entityID, entry.areaCode, changes, actor.address, actor.requestID, prevHash, rowHash])
        return id
    }
}
