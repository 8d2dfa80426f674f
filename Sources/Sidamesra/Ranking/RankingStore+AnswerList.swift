import Core
import Database

/// Lists filtered by an indicator answer, kept whole: no ranking index holds answers, so finding
/// the households of one page means walking the poorer households before it and probing each
/// one's answers (25,000 probes for the first page of "own electricity meter", 36 ms). Instead the
/// list's household ids are listed once in ranking order per state of the scores
/// (`RankingCaches.answerLists`; 0.1 s for 100,000 households over the kabupaten), and a page
/// is the rows of its slice of ids.
extension RankingStore {
    /// The list's household ids in ranking order and its households per total.
    struct AnswerListing {
        var ids: [Int64] = []
        var totals: [(total: Int, count: Int)] = []
    }

    /// The list of `filter` (which has an answer), from the cache or listed and kept.
    static func answerListing(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> AnswerListing {
        let key = RankingCacheKey(generation: try RankingGeneration.current(in: db), filter: filter, scope: scope)
        if let ids = RankingCaches.answerLists.value(for: key), let totals = RankingCaches.totals.value(for: key) {
            return AnswerListing(ids: ids, totals: totals)
        }
        let listing = try listAnswers(filter, scope: scope, in: db)
        RankingCaches.answerLists.store(listing.ids, for: key)
        RankingCaches.totals.store(listing.totals, for: key)
        return listing
    }

    /// Lists the households of `filter` in ranking order. Over the kabupaten the option's answers
    /// are walked and each household found by `household_scores_by_answers` (migration 0204),
    /// then sorted: 0.1 s for 100,000 households, where walking the ranking index and probing
    /// 300,000 households' answers took 0.25 s. In a kapanewon or kalurahan the area's ranking
    /// index is walked in order and each household's answer probed (no sort). INDEXED BY because
    /// without ANALYZE statistics the planner may take another index
    /// (https://sqlite.org/lang_indexedby.html).
    static func listAnswers(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> AnswerListing {
        let exact = try bandIsScoreRange(filter.bandName, in: db)
        let answersFirst = filter.area == .kabupaten
        let source = answersFirst
            ? """
            assessment_answers AS x
            JOIN household_scores AS s INDEXED BY household_scores_by_answers ON s.answers_id = x.assessment_id
            """
            : "household_scores AS s"
        var listing = AnswerListing()
        try db.forEach(
            """
            SELECT s.household_id, s.total FROM \(source)
            WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact, answersFirst: answersFirst))
            ORDER BY \(order)
            """,
            base(filter, scope: scope)
        ) { row in
            listing.ids.append(try row.get(0))
            let total: Int = try row.get(1)
            if let last = listing.totals.last, last.total == total {
                listing.totals[listing.totals.count - 1].count += 1
            } else {
                listing.totals.append((total: total, count: 1))
            }
        }
        return listing
    }

    /// Page `paging` of a list filtered by an answer: the rows of its slice of the kept ids.
    static func answerPage(
        _ filter: RankingFilter, scope: AreaScope, paging: Paging, areaCount: Int, in db: Connection
    ) throws -> [RankedHousehold] {
        let ids = try answerListing(filter, scope: scope, in: db).ids
        guard paging.offset < ids.count else { return [] }
        let slice = Array(ids[paging.offset..<min(ids.count, paging.offset + paging.limit)])
        var found: [Int64: Row] = [:]
        // The scope is tested again on the rows themselves: the ids are the scope's already.
        try db.forEach(
            """
            SELECT \(columns) FROM household_scores AS s
            WHERE \(inArea(filter.area, scope: scope)) AND s.household_id IN (SELECT value FROM json_each(?5))
            """,
            base(filter, scope: scope) + ["[" + slice.map(String.init).joined(separator: ",") + "]"]
        ) { row in found[try row.get(0)] = row }
        let rows = slice.compactMap { found[$0] }
        return try ranked(rows, filter, scope: scope, start: .countBefore, areaCount: areaCount, in: db)
    }
}
