package import Database
package import Foundation

extension WorkflowEngine {
    /// One item of a batch move: the item, the state it is in now, its area and the note.
    package struct BatchItem: Sendable, Equatable {
        package let itemID: Int64
        package let from: String
        package let areaCode: String
        package let note: String

        package init(itemID: Int64, from: String, areaCode: String, note: String = "") {
            self.itemID = itemID
            self.from = from
            self.areaCode = areaCode
            self.note = note
        }
    }

    /// Items listed per audit row of a batch move.
    package static let batchAuditChunk = 1_000

    /// Applies the move `name` to many items at once (a batch action such as matching every
    /// waiting proposal), inside the caller's transaction: every item is checked as `apply` checks
    /// it and gets its own event row and current state (`workflow_items`) through prepared
    /// statements; the audit trail gets one row
    /// per `batchAuditChunk` items naming them, instead of one per item (the per-item JSON and hash
    /// would dominate a batch of 100,000). Returns how many events were written.
    @discardableResult
    package func applyBatch(_ name: String, items: [BatchItem], by actor: Actor, in db: Connection, at now: Date) throws -> Int {
        guard !items.isEmpty else { return 0 }
        var checked: [String: WorkflowTransition] = [:]
        for item in items where checked[item.from] == nil {
            checked[item.from] = try check(name, from: item.from, by: actor, note: item.note)
        }
        let stamp = ISO8601Timestamp.format(now)
        let insert = try db.prepare(
            """
            INSERT INTO workflow_events (workflow, item_id, from_state, to_state, transition, user_id, username, note, area_code, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // The current state as `record` keeps it, so queues and dashboard counts follow a batch move too.
        let current = try db.prepare(
            """
            INSERT INTO workflow_items (workflow, item_id, state, since, area_code) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (workflow, item_id) DO UPDATE
            SET state = excluded.state, since = excluded.since, area_code = excluded.area_code
            """)
        for item in items {
            guard let transition = checked[item.from] else { continue }
            if transition.requiresNote && item.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw WorkflowError.noteRequired(name: name)
            }
            try insert.execute([
                definition.kind, item.itemID, item.from, transition.to, name, actor.userID, actor.username, item.note,
                item.areaCode, stamp,
            ])
            try current.execute([definition.kind, item.itemID, transition.to, stamp, item.areaCode])
        }
        for start in stride(from: 0, to: items.count, by: Self.batchAuditChunk) {
            let chunk = items[start..<min(items.count, start + Self.batchAuditChunk)]
            var changes = AuditChanges()
            changes.set("jumlah", to: String(chunk.count))
            changes.set("item", to: chunk.map { String($0.itemID) }.joined(separator: ","))
            try AuditLog.record(
                AuditEntry(action: "\(definition.kind).\(name)", entity: definition.kind, entityID: "", changes: changes),
                by: actor, in: db, at: now)
        }
        return items.count
    }
}
