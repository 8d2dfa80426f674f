package import Core
package import Database

/// The SQL of the ranking, read from `household_scores` (migration 0201).
///
/// **Order** (poorest first): total score ascending; at the same total the household with more
/// members first (a bigger family at the same score is poorer per person); then No KK ascending;
/// then the household id, so that no two rows ever tie. Each level's ranking index walks in
/// exactly this order (the implicit rowid ends every index).
///
/// **Rank** is the position in the chosen area (kabupaten, kapanewon or kalurahan), counted over
/// every household there with a current score, whatever category or answer filter narrows the
/// list: filtering never renumbers. SQLite has no counted B-trees, so a rank is a count of index
/// entries before the row (`RankCounter`: one walk up to the first row of a piece, then only
/// short index ranges).
///
/// **Desil** is `floor((rank − 1) × 10 / N) + 1`, N the households of the area with a current score.
///
/// Every statement also limits the rows to the user's `AreaScope`, whatever area is asked for.
package enum RankingStore {
    static let order = "s.total, s.member_count DESC, s.no_kk, s.household_id"

    /// ?1 the area code, ?2 the user's scope (`AreaScope.sqlArgument`). For a scope that covers
    /// everything the scope test is the constant `?2 IS NULL`: written out, it would tempt the
    /// planner into a skip-scan of the kalurahan index instead of the ranking index.
    static func inArea(_ area: RankingArea, scope: AreaScope) -> String {
        guard scope != .everywhere else { return "\(area.sqlCondition) AND ?2 IS NULL" }
        return """
            \(area.sqlCondition)
            AND s.desa_code IN (SELECT a.code FROM areas AS a WHERE \(AreaScope.sqlCondition(column: "a.code", parameter: 2)))
            """
    }

    /// ?3 the band name, ?4 the option id; a filter that is off is a constant `IS NULL` (its
    /// parameter stays in the statement, so the argument count never changes), and one that is on
    /// is written so that the planner can use it. A band's households lie between the lowest and
    /// highest score of the bands of that name, so the ranking index range narrows to that; when
    /// no band of another name or range overlaps it in any set (`bandIsScoreRange`), that range
    /// is exactly the band and no row needs a table lookup for its band id.
    static func filters(_ filter: RankingFilter, bandIsScoreRange: Bool, answersFirst: Bool = false) -> String {
        let range = """
            s.total BETWEEN (SELECT min(min_score) FROM category_bands WHERE name = ?3)
                AND (SELECT max(max_score) FROM category_bands WHERE name = ?3)
            """
        let band = filter.bandName == nil
            ? "?3 IS NULL"
            : bandIsScoreRange ? range : range + " AND s.band_id IN (SELECT b.id FROM category_bands AS b WHERE b.name = ?3)"
        let answer: String
        switch (filter.optionID, answersFirst) {
        case (nil, _):
            answer = "?4 IS NULL"
        case (_, false):
            answer = "EXISTS (SELECT 1 FROM assessment_answers AS x WHERE x.assessment_id = s.answers_id AND x.option_id IN \(sameAnswer))"
        case (_, true):
            // Counting over the whole kabupaten: the statement starts from the answers' index
            // (`assessment_answers AS x` joined on `s.answers_id`) and looks each household up by
            // the assessment holding its answers, rather than test 330,000 rows one by one.
            answer = "x.option_id IN \(sameAnswer)"
        }
        return "\(band) AND \(answer)"
    }

    /// The options, in every set, that are option ?4 by the carry-over rule (same indicator code,
    /// same option position): a household's answers are stored as observed, in the options of the
    /// set it was assessed under, and a re-score reads them again without copying them.
    static let sameAnswer = """
        (SELECT same.id FROM indicator_options AS picked
         JOIN indicators AS pickedIndicator ON pickedIndicator.id = picked.indicator_id
         JOIN indicators AS sameIndicator ON sameIndicator.code = pickedIndicator.code
         JOIN indicator_options AS same ON same.indicator_id = sameIndicator.id AND same.position = picked.position
         WHERE picked.id = ?4)
        """

    /// True when the bands named `name` have one score range in every set and no band of
    /// another name or range overlaps it: then "in this band" is "total in this range".
    static func bandIsScoreRange(_ name: String?, in db: Connection) throws -> Bool {
        guard let name else { return true }
        return try db.scalar(
            Int.self,
            """
            SELECT count(*) FROM category_bands AS other, (
                SELECT min(min_score) AS low, max(max_score) AS high FROM category_bands WHERE name = ?1) AS band
            WHERE other.max_score >= band.low AND other.min_score <= band.high
              AND (other.name != ?1 OR other.min_score != band.low OR other.max_score != band.high)
            """,
            [name]) == 0
    }

    /// Rows strictly after the key at ?p…?p+3 in the ranking order.
    static func after(_ p: Int) -> String {
        """
        s.total >= ?\(p) AND (s.total > ?\(p) OR (s.total = ?\(p) AND (s.member_count < ?\(p + 1)
        OR (s.member_count = ?\(p + 1) AND (s.no_kk > ?\(p + 2) OR (s.no_kk = ?\(p + 2) AND s.household_id > ?\(p + 3)))))))
        """
    }

    static let columns = """
        s.household_id, s.total, s.member_count, s.no_kk, s.assessed_on, s.desa_code,
        (SELECT name FROM category_bands WHERE id = s.band_id),
        (SELECT colour FROM category_bands WHERE id = s.band_id),
        (SELECT name FROM persons WHERE household_id = s.household_id AND relationship = 'kepala' AND status = 'hidup' ORDER BY id LIMIT 1),
        (SELECT nik FROM persons WHERE household_id = s.household_id AND relationship = 'kepala' AND status = 'hidup' ORDER BY id LIMIT 1),
        (SELECT name FROM areas WHERE code = s.desa_code)
        """

    static func base(_ filter: RankingFilter, scope: AreaScope) -> StatementArguments {
        [filter.area.code, scope.sqlArgument, filter.bandName, filter.optionID]
    }

    static func arguments(_ key: RankingKey) -> StatementArguments {
        [key.total, key.memberCount, key.noKK, key.householdID]
    }

    /// N: the households of the filter's area (inside `scope`) with a current score, unfiltered.
    package static func areaCount(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> Int {
        try totals(RankingFilter(area: filter.area), scope: scope, in: db).reduce(0) { $0 + $1.count }
    }

    /// How many rows the filter's list has.
    package static func count(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> Int {
        try totals(filter, scope: scope, in: db).reduce(0) { $0 + $1.count }
    }

    /// One page of the list, poorest first, with ranks and desil in the area (N = `areaCount`).
    package static func page(
        _ filter: RankingFilter, scope: AreaScope, paging: Paging, areaCount: Int, in db: Connection
    ) throws -> [RankedHousehold] {
        try page(filter, scope: scope, paging: paging, areaCount: areaCount, totals: try totals(filter, scope: scope, in: db), in: db)
    }

    /// Up to `limit` rows after `cursor` (from the first row when nil): the next piece of an export.
    package static func rows(
        _ filter: RankingFilter, scope: AreaScope, after cursor: RankingCursor?, limit: Int, areaCount: Int,
        in db: Connection
    ) throws -> [RankedHousehold] {
        let exact = try bandIsScoreRange(filter.bandName, in: db)
        let rows: [Row]
        let start: RankingStart
        if let cursor {
            rows = try db.query(
                """
                SELECT \(columns) FROM household_scores AS s
                WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact)) AND \(after(5))
                ORDER BY \(order) LIMIT ?9
                """,
                base(filter, scope: scope) + arguments(cursor.key) + [limit])
            start = filter.isWholeArea ? .knownRank(cursor.rank + 1) : .countBefore
        } else {
            rows = try db.query(
                """
                SELECT \(columns) FROM household_scores AS s
                WHERE \(inArea(filter.area, scope: scope)) AND \(filters(filter, bandIsScoreRange: exact))
                ORDER BY \(order) LIMIT ?5
                """,
                base(filter, scope: scope) + [limit])
            start = filter.isWholeArea ? .knownRank(1) : .countBefore
        }
        return try ranked(rows, filter, scope: scope, start: start, areaCount: areaCount, in: db)
    }
}
