package import Core

/// A registered workflow as the dashboard reads it: its definition (from `WorkflowCatalog.all`)
/// and, when its module has one, the list page that filters by state.
package struct WorkflowSource: Sendable {
    package let definition: WorkflowDefinition
    /// The list path the state is appended to (`/sidakis/usulan?status=`), nil for no link.
    package let listPath: String?

    package init(definition: WorkflowDefinition, listPath: String?) {
        self.definition = definition
        self.listPath = listPath
    }

    /// The list link of `state`, empty when the module has no list page registered.
    func link(state: String) -> String {
        guard let listPath else { return "" }
        return listPath + QueryString.component(state)
    }
}

