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

        init(_ panel: DashboardPanel) {
            id = panel.id
            title = panel.title
            note = panel.note
            figures = panel.figures
            svg = panel.chart?.svg(id: "grafik-" + panel.id) ?? ""
            table = panel.table
            foldsTable = panel.foldsTable
        }
    }

    let scopeNote: String
    let asOf: String
    let workflows: [Workflow]
    let panels: [Panel]
    let extraPanels: [Panel]
}
