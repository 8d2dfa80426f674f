package import Core
package import Database
package import Foundation

/// What the dashboard shows of one workflow inside a user's scope: items per step, the items past
/// their step's standard (oldest first) and the SLA of the last 30 days per step.
package struct WorkflowSection: Sendable {
    /// One step's queue.
    package struct Queue: Sendable, Equatable {
        package let state: String
        package let label: String
        package let count: Int
        package let isFinal: Bool
        /// The module's list filtered by this state, empty when it has none.
        package let link: String
        /// The standard in working minutes, nil where the clock does not run.
        package let standardMinutes: Int?
    }

    /// An item waiting longer than its step's standard.
    package struct OverdueItem: Sendable, Equatable {
        package let itemID: Int64
        package let state: String
        package let stepLabel: String
        package let since: Date
        package let areaCode: String
        package let workingMinutes: Int
        package let standardMinutes: Int
        package let link: String
    }

    package let kind: String
    package let label: String
    package let queues: [Queue]
    package let overdue: [OverdueItem]
    package let statistics: [StepStatistics]

    /// Items in a state that is not final (still waiting for someone).
    package var pending: Int { queues.filter { !$0.isFinal }.reduce(0) { $0 + $1.count } }

    /// How many overdue items are listed per workflow at most.
    package static let overdueLimit = 10
    /// The SLA period: stays that ended in the last 30 days.
    package static let slaDays = 30

    /// Reads the section of `source` for `scope` at `now`.
    package static func read(
        _ source: WorkflowSource, scope: AreaScope, settings: Settings, now: Date, in db: Connection
    ) throws -> WorkflowSection {
        let definition = source.definition
        let sla = WorkflowSLA(definition, settings: settings)
        let counts = try WorkflowQueues.counts(workflow: definition.kind, scope: scope, in: db)
        let queues = definition.steps.map { step in
            Queue(
                state: step.state, label: step.label, count: counts[step.state] ?? 0, isFinal: step.isFinal,
                link: source.link(state: step.state), standardMinutes: sla.standardMinutes(of: step.state))
        }

        var overdue: [OverdueItem] = []
        for queue in queues where queue.count > 0 {
            guard let standard = queue.standardMinutes else { continue }
            let threshold = sla.calendar.instant(workingMinutes: standard, before: now)
            for item in try WorkflowQueues.oldest(
                workflow: definition.kind, state: queue.state, enteredBefore: threshold, scope: scope,
                limit: overdueLimit, in: db)
            {
                overdue.append(
                    OverdueItem(
                        itemID: item.itemID, state: queue.state, stepLabel: queue.label, since: item.since,
                        areaCode: item.areaCode, workingMinutes: sla.workingMinutes(from: item.since, to: now),
                        standardMinutes: standard, link: queue.link))
            }
        }
        overdue.sort { ($0.since, $0.itemID) < ($1.since, $1.itemID) }

        let start = now.addingTimeInterval(-Double(slaDays) * 86_400)
        var events = try WorkflowHistory.eventsOfItemsActive(workflow: definition.kind, since: start, in: db)
        if scope != .everywhere {
            let inScope = try itemsInScope(definition.kind, scope: scope, in: db)
            events.removeAll { !inScope.contains($0.itemID) }
        }
        return WorkflowSection(
            kind: definition.kind, label: definition.label, queues: queues,
            overdue: Array(overdue.prefix(overdueLimit)),
            statistics: sla.statistics(events, endedFrom: start, to: now))
    }

    /// The items of `workflow` inside `scope` (operators' and pendamping's SLA counts only theirs).
    private static func itemsInScope(_ workflow: String, scope: AreaScope, in db: Connection) throws -> Set<Int64> {
        var items: Set<Int64> = []
        try db.forEach(
            """
            SELECT item_id FROM workflow_items
            WHERE workflow = ?1 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 2))
            """, [workflow, scope.sqlArgument]
        ) { row in
            items.insert(try row.get(0))
        }
        return items
    }
}
