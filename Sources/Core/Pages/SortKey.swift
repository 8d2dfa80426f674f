/// One way a list can be sorted: the key the query string names (`sort=waktu`) and the fixed
/// `ORDER BY` fragments for each direction. The fragments are `StaticString`s, so they can only
/// be literals written in the source, never text that came with a request.
package struct SortKey: Sendable {
    /// The value of `sort` in the query string.
    package let key: String
    /// `ORDER BY` for ascending order (`name, id`).
    package let ascending: StaticString
    /// `ORDER BY` for descending order (`name DESC, id DESC`).
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
