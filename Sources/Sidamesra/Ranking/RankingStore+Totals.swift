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
/// (`RankingTotalsCache`), so paging through a list counts it once.
extension RankingStore {
    /// How many households of the filtered list have each total, ascending by total; counted
    /// once per state of the scores (`RankingTotalsCache`). The generation is read before the
    /// count, so a count can only ever be filed under a generation older than its data, never
    /// the reverse.
    static func totals(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> [(total: Int, count: Int)] {
        let key = RankingTotalsCache.Key(generation: try RankingGeneration.current(in: db), filter: filter, scope: scope)
        if let cached = RankingTotalsCache.shared.totals(for: key) { return cached }
        let counted = try countTotals(filter, scope: scope, in: db)
        RankingTotalsCache.shared.store(counted, for: key)
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
        // In a kapanewon or kalurahan the area's ranking index is walked in total order (no sort)
        // and each household's answer probed; over the kabupaten the option's answers are walked
        // instead and each household found by `household_scores_by_answers` (migration 0204),
        // which also holds its total: no table row is read. INDEXED BY because without ANALYZE
        // statistics the planner may take another index and read every row for its total
        // (https://sqlite.org/lang_indexedby.html).
        let answersFirst = filter.area == .kabupaten
        let source = answersFirst
            ? """
            assessment_answers AS x
            JOIN household_scores AS s INDEXED BY household_scores_by_answers ON s.answers_id = x.assessment_id
            """
            : "household_scores AS s"
        // The totals come back as one comma-separated string and are counted here: sorting
        // 100,000 rows for a GROUP BY cost more than the walk that finds them.
        let listed = try db.scalar(
            String?.self,
            """
            SELECT group_concat(s.total)
            FROM \(source)
            WHERE \(inArea(filter.area, scope: scope))
              AND \(filters(filter, bandIsScoreRange: exact, answersFirst: answersFirst))
            """,
            base(filter, scope: scope))
        var counts: [Int: Int] = [:]
        var value = 0
        var negative = false
        for byte in (listed ?? "").utf8 {
            switch byte {
            case UInt8(ascii: ","):
                counts[negative ? -value : value, default: 0] += 1
                value = 0
                negative = false
            case UInt8(ascii: "-"):
                negative = true
            default:
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
            }
        }
        if listed?.isEmpty == false { counts[negative ? -value : value, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { (total: $0.key, count: $0.value) }
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
        var before = 0
        guard let first = totals.first(where: { entry in
            if before + entry.count > paging.offset { return true }
            before += entry.count
            return false
        }) else { return [] }
        let rows = try db.query(
            """
            SELECT \(columns) FROM household_scores AS s
            WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: try bandIsScoreRange(filter.bandName, in: db)))
              AND s.total >= ?7
            ORDER BY \(order) LIMIT ?5 OFFSET ?6
            """,
            base(filter, scope: scope) + [paging.limit, paging.offset - before, first.total])
        let start: RankingStart = filter.isWholeArea ? .knownRank(paging.offset + 1) : .countBefore
        return try ranked(rows, filter, scope: scope, start: start, areaCount: areaCount, in: db)
    }
}
