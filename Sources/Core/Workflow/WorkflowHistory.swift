package import Database
package import Foundation

/// Reading `workflow_events` back.
package enum WorkflowHistory {
    /// Every event of one item, oldest first.
    package static func events(workflow: String, itemID: Int64, in db: Connection) throws -> [WorkflowEvent] {
        try db.query(
            """
            SELECT id, workflow, item_id, from_state, to_state, transition, user_id, username, note, at
            FROM workflow_events WHERE workflow = ? AND item_id = ? ORDER BY id
            """, [workflow, itemID]
        ).map(event(from:))
    }

    /// The events of one workflow in `[from, to)`, oldest first (SLA statistics over a period).
    package static func events(workflow: String, from start: Date, to end: Date, in db: Connection) throws -> [WorkflowEvent] {
        try db.query(
            """
            SELECT id, workflow, item_id, from_state, to_state, transition, user_id, username, note, at
            FROM workflow_events WHERE workflow = ? AND at >= ? AND at < ? ORDER BY id
            """, [workflow, ISO8601Timestamp.format(start), ISO8601Timestamp.format(end)]
        ).map(event(from:))
    }

    fileprivate static func event(from row: Row) throws -> WorkflowEvent {
        let at: String = try row.get(9)
        guard let date = ISO8601Timestamp.parse(at) else {
            throw DatabaseError(code: .mismatch, message: "workflow_events.at holds a malformed time '\(at)'")
        }
        return WorkflowEvent(
            id: try row.get(0), workflow: try row.get(1), itemID: try row.get(2), from: try row.get(3),
            to: try row.get(4), transition: try row.get(5), userID: try row.get(6), username: try row.get(7),
            note: try row.get(8), at: date)
    }
}

extension WorkflowHistory {
    /// Every event of the items that had an event at or after `since`, grouped by item in id order:
    /// the input of `WorkflowSLA.statistics` (a stay ending in the period may have begun before it).
    package static func eventsOfItemsActive(workflow: String, since: Date, in db: Connection) throws -> [WorkflowEvent] {
        try db.query(
            """
            SELECT id, workflow, item_id, from_state, to_state, transition, user_id, username, note, at
            FROM workflow_events
            WHERE workflow = ?1 AND item_id IN (SELECT item_id FROM workflow_events WHERE workflow = ?1 AND at >= ?2)
            ORDER BY item_id, id
            """, [workflow, ISO8601Timestamp.format(since)]
        ).map(event(from:))
    }
}
