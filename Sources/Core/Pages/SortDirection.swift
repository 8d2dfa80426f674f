/// Which way a table is sorted, as written in the query string (`dir=asc`, `dir=desc`).
package enum SortDirection: String, Sendable, Equatable, CaseIterable {
    /// Smallest first (A–Z, oldest first).
    case ascending = "asc"
    /// Largest first (Z–A, newest first).
    case descending = "desc"

    /// The other direction (a second click on the current column's header).
    package var toggled: SortDirection { self == .ascending ? .descending : .ascending }

    /// The value of the header's `aria-sort` attribute (WAI-ARIA 1.2, aria-sort).
    package var ariaSort: String { self == .ascending ? "ascending" : "descending" }
}
