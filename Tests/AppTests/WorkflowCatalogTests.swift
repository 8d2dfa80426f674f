@testable import App
import Core
import Testing

/// Every registered workflow reads like a sound SOP table: known states and actions, no move out
/// of a final state, and kinds that do not collide in `workflow_events`.
@Suite struct WorkflowCatalogTests {
    @Test func everyDefinitionIsSound() {
        for definition in WorkflowCatalog.all {
            #expect(definition.problems.isEmpty, "\(definition.kind): \(definition.problems)")
        }
        #expect(Set(WorkflowCatalog.all.map(\.kind)).count == WorkflowCatalog.all.count)
    }

    @Test func everyWorkflowHasAListPageForTheDashboardsQueueLinks() {
        for definition in WorkflowCatalog.all {
            #expect(WorkflowListPaths.all[definition.kind]?.hasSuffix("status=") == true, "\(definition.kind)")
        }
    }
}
