import Core
import DTKS
import Sidakis
import SLRT

/// Every module's workflow definition, for the settings page's standard times and for the test
/// that each definition is sound. A module adds one line here.
enum WorkflowCatalog {
    static let all: [WorkflowDefinition] = [
        SidakisWorkflow.definition,
        SLRTWorkflow.definition, ReferralWorkflow.definition, ComplaintWorkflow.definition,
        ProposalWorkflow.definition,
    ]
}
