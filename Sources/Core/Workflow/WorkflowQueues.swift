package import Database
package import Foundation

/// Counts and ages of the items waiting in each state, from `workflow_items` (kept by the engine),
/// inside an area scope: the queues of a module's pages and of the dashboard.
package enum WorkflowQueues {
    /// Items per state of one workflow inside `scope`.
    package static func counts(workflow: String, scope: AreaScope, in db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try db.forEach(
            """
            SELECT state, count(*) FROM workflow_items
            WHERE workflow = ?1 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 2))
            GROUP BY state
            """, [workflow, scope.sqlArgument]
        ) { row in
            counts[try row.get(0)] = try row.get(1)
        }
        return counts
    }

    /// The items of `state` that entered it before `enteredBefore`, oldest first (overdue candidates).
    package static func oldest(
        workflow: String, state: String, enteredBefore: Date, scope: AreaScope, limit: Int, in db: Connection
    ) throws -> [(itemID: Int64, since: Date, areaCode: String)] {
        try db.query(
            """
            SELECT item_id, since, area_code FROM workflow_items
            WHERE workflow = ?1 AND state = ?2 AND since < ?3 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 4))
            ORDER BY since LIMIT ?5
            """, [workflow, state, ISO8601Timestamp.format(enteredBefore), scope.sqlArgument, limit]
        ).map { row in
            let since: String = try row.get(1)
            return (try row.get(0), ISO8601Timestamp.parse(since) ?? Date(timeIntervalSince1970: 0), try row.get(2))
        }
    }
}
