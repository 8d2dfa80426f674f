/// The model of `Templates/partials/table-head.mustache`.
package struct TableHead: Sendable, Encodable, Equatable {
    /// One header cell.
    package struct Header: Sendable, Encodable, Equatable {
        /// The header text.
        package let label: String
        /// `?filters&sort=key&dir=…`, nil for a column that does not sort.
        package let link: String?
        /// `ascending` or `descending` on the current column only.
        package let ariaSort: String?
        /// ▲ or ▼ beside the current column's label (hidden from screen readers, which read aria-sort).
        package let indicator: String?
        /// Extra classes of the cell.
        package let cssClass: String?
    }

    /// The cells, in order.
    package let columns: [Header]
}
