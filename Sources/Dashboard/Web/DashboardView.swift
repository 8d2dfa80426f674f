/// The view model of `dashboard/dasbor.mustache`.
struct DashboardView: Encodable {
    struct Queue: Encodable {
        let label: String
        let count: String
        let link: String
        let isFinal: Bool
        let standard: String
    }

    struct Overdue: Encodable {
        let itemID: Int64
        let step: String
        let area: String
        let since: String
        let waited: String
        let standard: String
        let link: String
    }

    struct Workflow: Encodable {
        let id: String
        let label: String
        let pending: String
        let queues: [Queue]
        let overdue: [Overdue]
        let sla: Panel
    }

    struct Panel: Encodable {
        let id: String
        let title: String
        let note: String
        let figures: [DashboardPanel.Figure]
        let svg: String
        let table: DashboardTable
        let foldsTable: Bool
        /// Inside a workflow's section (an `h4` under its `h3`) instead of a section of its own.
        let isNested: Bool

        init(_ panel: DashboardPanel, isNested: Bool = false) {
            id = panel.id
            title = panel.title
            note = panel.note
            figures = panel.figures
            svg = panel.chart?.svg(id: "grafik-" + panel.id) ?? ""
            table = panel.table
            foldsTable = panel.foldsTable
            self.isNested = isNested
        }
    }

    let scopeNote: String
    let asOf: String
    let workflows: [Workflow]
    let panels: [Panel]
    let extraPanels: [Panel]
}
