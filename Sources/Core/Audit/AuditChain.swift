import Crypto

/// The hash chain over `audit_log`: each row's hash covers the previous row's hash and every other
/// column of its own, so an edited, inserted or removed row breaks the chain from there on.
package enum AuditChain {
    /// The `prev_hash` of the first row.
    package static let genesis = String(repeating: "0", count: 64)

    /// SHA-256 (hex) over the row's columns. Each field is written as its UTF-8 length, a colon
    /// and its bytes, so no two different rows serialise to the same bytes.
    package static func hash(
        id: Int64, at: String, actor: String, userID: Int64?, username: String, role: String,
        action: String, entity: String, entityID: String, areaCode: String, changes: String,
        address: String, requestID: String, prevHash: String
    ) -> String {
        var hasher = SHA256()
        let fields = [
            prevHash, String(id), at, actor, userID.map(String.init) ?? "", username, role, action, entity,
            entityID, areaCode, changes, address, requestID,
        ]
        for field in fields {
            let bytes = Array(field.utf8)
            hasher.update(data: Array("\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The hash a stored record should carry.
    package static func expectedHash(of record: AuditRecord) -> String {
        hash(
            id: record.id, at: record.at, actor: record.actor, userID: record.userID, username: record.username,
            role: record.role, action: record.action, entity: record.entity, entityID: record.entityID,
            areaCode: record.areaCode, changes: record.changes, address: record.address,
            requestID: record.requestID, prevHash: record.prevHash)
    }
}
