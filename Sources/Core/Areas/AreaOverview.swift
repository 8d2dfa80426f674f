package import Database

/// What the page of one area shows: where it lies, what lies directly below it, and the counts
/// the registered modules keep per area. Loaded only for an area inside the viewer's scope.
package struct AreaOverview: Sendable {
    /// An area above the shown one, and whether the viewer may open its page.
    package struct Ancestor: Sendable, Equatable {
        package let area: Area
        package let isInScope: Bool
    }

    /// An area directly below the shown one, with its own counts.
    package struct Child: Sendable, Equatable {
        package let area: Area
        /// Areas directly below this child.
        package let childCount: Int
        /// One value per column of `AreaOverview.columns`.
        package let counts: [Int]
    }

    package let area: Area
    /// The areas above, top first.
    package let ancestors: [Ancestor]
    /// Areas directly below `area`.
    package let childCount: Int
    /// The count columns, from every registered provider.
    package let columns: [AreaCountColumn]
    /// `area`'s own values, one per column.
    package let counts: [Int]
    /// The areas directly below, ordered by code.
    package let children: [Child]

    /// The overview of `code`, or nil when there is no such area or it lies outside `scope`
    /// (the two answer alike, so a page cannot reveal which codes exist elsewhere).
    package static func load(_ code: String, for scope: AreaScope, counts: AreaCounts, in db: Connection) throws
        -> AreaOverview?
    {
        guard scope.contains(code), let area = try AreaStore.find(code, in: db) else { return nil }
        let path = try AreaStore.path(to: code, in: db).dropLast()
        let children = try AreaStore.descendants(of: code, depth: 1, in: db)
        let codes = children.map(\.code)
        let grandchildren = try AreaStore.childCounts(of: codes, in: db)
        let values = try counts.values(for: [code] + codes, in: db)
        let zeros = Array(repeating: 0, count: counts.columns.count)
        return AreaOverview(
            area: area,
            ancestors: path.map { Ancestor(area: $0, isInScope: scope.contains($0.code)) },
            childCount: children.count,
            columns: counts.columns,
            counts: values[code] ?? zeros,
            children: children.map {
                Child(area: $0, childCount: grandchildren[$0.code] ?? 0, counts: values[$0.code] ?? zeros)
            })
    }
}
