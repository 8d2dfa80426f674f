/// The sort order of a paged list and the header row that changes it (DESIGN §6: one table
/// component for every module). The request names a key and a direction in the query string
/// (`sort`, `dir`); only keys of the table's own columns are accepted, and the SQL comes from
/// their fixed fragments, so nothing from the request reaches the `ORDER BY` clause.
///
/// `Templates/partials/table-head.mustache` renders `head(keeping:)`.
package struct TableSort: Sendable {
    /// The query-string name of the sort key.
    package static let keyParameter = "sort"
    /// The query-string name of the direction.
    package static let directionParameter = "dir"

    /// Every header, sortable or not, in order.
    package let columns: [TableColumn]
    /// The sort in force.
    package let current: SortKey
    /// Its direction.
    package let direction: SortDirection
    /// True when the request asked for nothing (or for something unknown) and the default applies.
    package let isDefault: Bool

    /// Reads `sort` and `dir`. An unknown or missing key gives the default (`dir` is then ignored
    /// when the key was unknown); an unknown direction gives the key's first direction.
    package init(columns: [TableColumn], default defaultKey: SortKey, sort: String?, direction: String?) {
        self.columns = columns
        let requested = sort.flatMap { name in columns.lazy.compactMap(\.sort).first { $0.key == name } }
        let parsedDirection = direction.flatMap(SortDirection.init(rawValue:))
        switch (sort, requested) {
        case (.some(let name), nil) where !name.isEmpty:
            current = defaultKey
            self.direction = defaultKey.firstDirection
            isDefault = true
        case (_, let key?):
            current = key
            self.direction = parsedDirection ?? key.firstDirection
            isDefault = key.key == defaultKey.key && self.direction == defaultKey.firstDirection
        default:
            current = defaultKey
            self.direction = parsedDirection ?? defaultKey.firstDirection
            isDefault = self.direction == defaultKey.firstDirection
        }
    }

    /// The `ORDER BY` fragment of the sort in force, from the whitelist.
    package var orderBy: String { current.orderBy(direction) }

    /// `sort` and `dir` for links that keep this order (the pager's); none for the default.
    package var parameters: [(String, String)] {
        isDefault ? [] : [(Self.keyParameter, current.key), (Self.directionParameter, direction.rawValue)]
    }

    /// The header row: every sortable column links to the list sorted by it, keeping `filters`
    /// (already without the page number, so a new order starts on page 1). The current column's
    /// link reverses the direction.
    package func head(keeping filters: [(String, String)]) -> TableHead {
        TableHead(columns: columns.map { column in
            guard let key = column.sort else {
                return TableHead.Header(label: column.label, link: nil, ariaSort: nil, indicator: nil, cssClass: column.cssClass)
            }
            let isCurrent = key.key == current.key
            let target = isCurrent ? direction.toggled : key.firstDirection
            let query = QueryString.encode(
                filters + [(Self.keyParameter, key.key), (Self.directionParameter, target.rawValue)])
            return TableHead.Header(
                label: column.label, link: "?" + query, ariaSort: isCurrent ? direction.ariaSort : nil,
                indicator: isCurrent ? (direction == .ascending ? "▲" : "▼") : nil, cssClass: column.cssClass)
        })
    }
}
