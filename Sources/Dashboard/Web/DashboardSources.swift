/// What the dashboard is built from besides its own summaries: every registered workflow (from
/// App's `WorkflowCatalog` with the list paths beside it) and the panels other modules provide.
package struct DashboardSources: Sendable {
    package var workflows: [WorkflowSource]
    package var panels: [any DashboardPanelProvider]

    package init(workflows: [WorkflowSource] = [], panels: [any DashboardPanelProvider] = []) {
        self.workflows = workflows
        self.panels = panels
    }
}
