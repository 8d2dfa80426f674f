import Core
import Database
import DTKS

/// What the demo seed left in each workflow, for the command's output: one line per workflow
/// with its items per state, read from the engine's `workflow_items`.
enum DemoSummary {
    static func lines(_ pool: DatabasePool) throws -> [String] {
        let counts = try pool.read { db in
            try db.query("SELECT workflow, state, count(*) FROM workflow_items GROUP BY 1, 2 ORDER BY 1, 2").map { row in
                (try row.get(0) as String, try row.get(1) as String, try row.get(2) as Int)
            }
        }
        let definitions = WorkflowCatalog.all + [BatchWorkflow.definition]
        return definitions.compactMap { definition in
            let states = definition.steps.compactMap { step -> String? in
                guard let count = counts.first(where: { $0.0 == definition.kind && $0.1 == step.state })?.2 else { return nil }
                return "\(step.label.lowercased()) \(count)"
            }
            return states.isEmpty ? nil : "\(definition.label): " + states.joined(separator: ", ")
        }
    }
}
