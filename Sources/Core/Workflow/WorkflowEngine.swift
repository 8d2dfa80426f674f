package import Database
package import Foundation

/// The one place a workflow item changes state: it checks the move against the definition and the
/// actor's permission, then writes the event row and the audit row inside the caller's write
/// transaction. The caller updates its own row's status in the same transaction.
package struct WorkflowEngine: Sendable {
    /// The transition name recorded for the creation event.
    package static let creation = "buat"

    package let definition: WorkflowDefinition

    package init(_ definition: WorkflowDefinition) {
        self.definition = definition
    }

    /// Records an item's creation in `state`.
    @discardableResult
    package func start(
        itemID: Int64, state: String, areaCode: String, by actor: Actor, note: String? = nil,
        in db: Connection, at now: Date
    ) throws -> WorkflowEvent {
        guard definition.step(state) != nil else { throw WorkflowError.illegalTransition(name: Self.creation, from: state) }
        return try record(
            itemID: itemID, from: nil, to: state, transition: Self.creation, areaCode: areaCode,
            by: actor, note: note ?? "", in: db, at: now)
    }

    /// Checks and records the move `name` of an item now in `from`.
    @discardableResult
    package func apply(
        _ name: String, itemID: Int64, from: String, areaCode: String, by actor: Actor, note: String? = nil,
        in db: Connection, at now: Date
    ) throws -> WorkflowEvent {
        let transition = try check(name, from: from, by: actor, note: note)
        return try record(
            itemID: itemID, from: from, to: transition.to, transition: name, areaCode: areaCode,
            by: actor, note: Self.trimmed(note), in: db, at: now)
    }

    /// The checks of `apply` without writing anything, for a service that wants to refuse early.
    package func check(_ name: String, from: String, by actor: Actor, note: String?) throws(WorkflowError) -> WorkflowTransition {
        guard let transition = definition.transition(named: name) else { throw .unknownTransition(name) }
        guard transition.from.contains(from) else { throw .illegalTransition(name: name, from: from) }
        if actor.kind == .user {
            guard let role = actor.role, Permissions.allows(role, transition.action) else { throw .notPermitted(name: name) }
        }
        if transition.requiresNote && Self.trimmed(note).isEmpty { throw .noteRequired(name: name) }
        return transition
    }

    private func record(
        itemID: Int64, from: String?, to: String, transition: String, areaCode: String, by actor: Actor,
        note: String, in db: Connection, at now: Date
    ) throws -> WorkflowEvent {
        try db.execute(
            """
            INSERT INTO workflow_events (workflow, item_id, from_state, to_state, transition, user_id, username, note, area_code, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [definition.kind, itemID, from, to, transition, actor.userID, actor.username, note, areaCode,
             ISO8601Timestamp.format(now)])
        let id = db.lastInsertRowID
        try db.execute(
            """
            INSERT INTO workflow_items (workflow, item_id, state, since, area_code) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (workflow, item_id) DO UPDATE
            SET state = excluded.state, since = excluded.since, area_code = excluded.area_code
            """,
            [definition.kind, itemID, to, ISO8601Timestamp.format(now), areaCode])
        var changes = AuditChanges()
        changes.set("status", from: from, to: to)
        if !note.isEmpty { changes.set("catatan", to: note) }
        try AuditLog.record(
            AuditEntry(
                action: "\(definition.kind).\(transition)", entity: definition.kind, entityID: String(itemID),
                areaCode: areaCode, changes: changes),
            by: actor, in: db, at: now)
        return WorkflowEvent(
            id: id, workflow: definition.kind, itemID: itemID, from: from, to: to, transition: transition,
            userID: actor.userID, username: actor.username, note: note, at: now)
    }

    private static func trimmed(_ note: String?) -> String {
        (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
