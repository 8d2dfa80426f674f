/// One way a list can be sorted: the key the query string names (`sort=waktu`) and the fixed
/// `ORDER BY` fragments for each direction. The fragments are `StaticString`s, so they can only
/// be literals written in the source, never text that came with a request.
package struct SortKey: Sendable {
    package let key: String
    package let ascending: StaticString
    package let descending: StaticString
    /// The direction the first click on the column's header sorts by (newest first for times).
    package let firstDirection: SortDirection

    package init(
        _ key: String, ascending: StaticString, descending: StaticString, firstDirection: SortDirection = .ascending
    ) {
        self.key = key
        self.ascending = ascending
        self.descending = descending
        self.firstDirection = firstDirection
    }

    /// The `ORDER BY` fragment for `direction`.
    package func orderBy(_ direction: SortDirection) -> String {
        (direction == .ascending ? ascending : descending).description
    }
}

/// One header of a table: its label and, for a sortable column, how it sorts.
package struct TableColumn: Sendable {
    package let label: String
    package let sort: SortKey?
    /// Extra classes for the header cell (`num` for figures).
    package let cssClass: String?

    package init(_ label: String, sort: SortKey? = nil, cssClass: String? = nil) {
        self.label = label
        self.sort = sort
        self.cssClass = cssClass
    }
}
