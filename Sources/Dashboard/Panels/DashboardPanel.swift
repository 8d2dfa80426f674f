/// One block of the dashboard: a title, an optional line of key figures, a chart and the table
/// that carries the same numbers (the chart's fallback for screen readers, print and copying).
package struct DashboardPanel: Sendable, Equatable {
    /// A headline figure shown above the chart (`Anggota aktif: 12.345`).
    package struct Figure: Sendable, Encodable, Equatable {
        package let label: String
        package let value: String
        /// Where the figure leads, empty for nowhere.
        package let link: String

        package init(label: String, value: String, link: String = "") {
            self.label = label
            self.value = value
            self.link = link
        }
    }

    /// Unique in the page: the section's anchor and the chart's id prefix (`[a-z0-9-]`).
    package let id: String
    package let title: String
    /// One sentence under the title: what is counted and over which area or period.
    package let note: String
    package let figures: [Figure]
    package let chart: BarChart?
    package let table: DashboardTable
    /// The table sits folded under the chart (long tables); short ones stay open.
    package let foldsTable: Bool

    package init(
        id: String, title: String, note: String = "", figures: [Figure] = [], chart: BarChart?, table: DashboardTable,
        foldsTable: Bool = true
    ) {
        self.id = id
        self.title = title
        self.note = note
        self.figures = figures
        self.chart = chart
        self.table = table
        self.foldsTable = foldsTable
    }
}
