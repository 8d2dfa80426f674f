/// One header of a table: its label and, for a sortable column, how it sorts.
package struct TableColumn: Sendable {
    /// The header text.
    package let label: String
    /// How the column sorts; nil for a column that does not.
    package let sort: SortKey?
    /// Extra classes for the header cell (`num` for figures).
    package let cssClass: String?

    package init(_ label: String, sort: SortKey? = nil, cssClass: String? = nil) {
        self.label = label
        self.sort = sort
        self.cssClass = cssClass
    }
}
