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
        let exact = try bandIsScoreRange(filter.bandName, in: db)
        guard filter.optionID != nil else {
            // The area's ranking index is in total order: a GROUP BY that needs no sort.
            return try db.query(
                """
                SELECT s.total, count(*) FROM household_scores AS s
                WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact))
                GROUP BY s.total ORDER BY s.total
                """,
                base(filter, scope: scope)
            ).map { row in (total: try row.get(0), count: try row.get(1)) }
        }
        return try answerListing(filter, scope: scope, in: db).totals
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
        guard let first = totals.first(where: { entry in
            if before + entry.count > paging.offset { return true }
            before += entry.count
            return false
        }) else { return [] }
        let exact = try bandIsScoreRange(filter.bandName, in: db)
        let rows = try db.query(
            """
            SELECT \(columns) FROM household_scores AS s
            WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact))
              AND s.total >= ?7
            ORDER BY \(order) LIMIT ?5 OFFSET ?6
            """,
            base(filter, scope: scope) + [paging.limit, paging.offset - before, first.total])
        let start: RankingStart
        if filter.isWholeArea {
            start = .knownRank(paging.offset + 1)
        } else if exact, let lowest = totals.first?.total {
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
