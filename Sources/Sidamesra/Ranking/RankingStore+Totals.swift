package import Core
package import Database

/// Every ranking list is paged through the number of its households per total score.
///
/// An `OFFSET` walks every row ranked before the page: for a deep page of the kabupaten that is
/// 300,000 index entries, and for a list filtered by an indicator answer (no ranking index holds
/// answers) a probe of the answers for each of them. Instead the list is counted once per total
/// score (`totals`, also the list's count and, unfiltered, the area's N), which says at which
/// total the page starts and how many of the list's rows lie below it, so the page walks the
/// households of that one total only. The counts are kept per state of the scores
/// (`RankingCaches`), so paging through a list counts it once.
extension RankingStore {
    /// How many households of the filtered list have each total, ascending by total; counted
    /// once per state of the scores (`RankingCaches.totals`). The generation is read before the
    /// count, so a count can only ever be filed under a generation older than its data, never
    /// the reverse.
    static func totals(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> [(total: Int, count: Int)] {
        let key = RankingCacheKey(
            generation: try RankingGeneration.current(in: db), filter: filter, scope: scope)
        if let cached = RankingCaches.totals.value(for: key) { return cached }
        let counted = try countTotals(filter, scope: scope, in: db)
        RankingCaches.totals.store(counted, for: key)
        return counted
    }

    /// `totals`, counted.
    static func countTotals(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> [(total: Int, count: Int)] {
        guard filter.optionID != nil else {
            var totals: [(total: Int, count: Int)] = []
            for group in try scoreGroups(filter, scope: scope, in: db) {
                if let last = totals.last, last.total == group.total {
                    totals[totals.count - 1].count += group.count
                } else {
                    totals.append((total: group.total, count: group.count))
                }
            }
            return totals
        }
        return try answerListing(filter, scope: scope, in: db).totals
    }

    /// The households of a list without an answer filter per total and member count, in ranking
    /// order (a GROUP BY on the area's ranking index, no sort), kept per state of the scores.
    static func scoreGroups(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> [ScoreGroup] {
        let key = RankingCacheKey(generation: try RankingGeneration.current(in: db), filter: filter, scope: scope)
        if let cached = RankingCaches.groups.value(for: key) { return cached }
        let groups = try db.query(
            """
            SELECT s.total, s.member_count, count(*) FROM household_scores AS s
            WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: try bandIsScoreRange(filter.bandName, in: db)))
            GROUP BY s.total, s.member_count ORDER BY s.total, s.member_count DESC
            """,
            base(filter, scope: scope)
        ).map { row in ScoreGroup(total: try row.get(0), members: try row.get(1), count: try row.get(2)) }
        RankingCaches.groups.store(groups, for: key)
        return groups
    }

    /// How many rows the filter's list has and its page `paging`, poorest first, with ranks and
    /// desil in the area (N = `areaCount`): what the ranking page shows.
    package static func countAndPage(
        _ filter: RankingFilter, scope: AreaScope, paging: Paging, areaCount: Int, in db: Connection
    ) throws -> (total: Int, rows: [RankedHousehold]) {
        let totals = try totals(filter, scope: scope, in: db)
        let rows = try page(filter, scope: scope, paging: paging, areaCount: areaCount, totals: totals, in: db)
        return (totals.reduce(0) { $0 + $1.count }, rows)
    }

    /// Page `paging` of a list whose households per total are `totals`.
    static func page(
        _ filter: RankingFilter, scope: AreaScope, paging: Paging, areaCount: Int, totals: [(total: Int, count: Int)],
        in db: Connection
    ) throws -> [RankedHousehold] {
        if filter.optionID != nil { return try answerPage(filter, scope: scope, paging: paging, areaCount: areaCount, in: db) }
        var before = 0
        guard let first = try scoreGroups(filter, scope: scope, in: db).first(where: { group in
            if before + group.count > paging.offset { return true }
            before += group.count
            return false
        }) else { return [] }
        let exact = try bandIsScoreRange(filter.bandName, in: db)
        let listed = "SELECT \(columns) FROM household_scores AS s WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact))"
        // The page starts inside the group of its first row's total and member count: the rest of
        // that total from there (an index seek to the group), then the next totals if needed.
        var rows = try db.query(
            "\(listed) AND s.total = ?7 AND s.member_count <= ?8 ORDER BY \(order) LIMIT ?5 OFFSET ?6",
            base(filter, scope: scope) + [paging.limit, paging.offset - before, first.total, first.members])
        if rows.count < paging.limit {
            rows += try db.query(
                "\(listed) AND s.total > ?7 ORDER BY \(order) LIMIT ?5 OFFSET ?6",
                base(filter, scope: scope) + [paging.limit - rows.count, 0, first.total])
        }
        let lowest = totals.first?.total
        let start: RankingStart
        if filter.isWholeArea {
            start = .knownRank(paging.offset + 1)
        } else if exact, let lowest {
            // A category that is a score range is one unbroken stretch of the area's ranking:
            // its rows are numbered on from the households scored below it.
            let below = try Self.totals(RankingFilter(area: filter.area), scope: scope, in: db)
                .reduce(0) { $0 + ($1.total < lowest ? $1.count : 0) }
            start = .knownRank(below + paging.offset + 1)
        } else {
            start = .countBefore
        }
        return try ranked(rows, filter, scope: scope, start: start, areaCount: areaCount, in: db)
    }
}
