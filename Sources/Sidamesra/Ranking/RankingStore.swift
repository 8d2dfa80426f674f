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
/// entries before the row; a page counts once up to its first row and then only the gaps between
/// its rows, so a page costs one walk of the index up to its last row at most.
///
/// **Desil** is `ceil(rank × 10 / N)`, N the households of the area with a current score.
///
/// Every statement also limits the rows to the user's `AreaScope`, whatever area is asked for.
package enum RankingStore {
    static let order = "s.total, s.member_count DESC, s.no_kk, s.household_id"

    /// ?1 the area code, ?2 the user's scope (`AreaScope.sqlArgument`).
    static func inArea(_ area: RankingArea) -> String {
        """
        \(area.sqlCondition)
        AND (?2 IS NULL OR s.desa_code IN (SELECT a.code FROM areas AS a WHERE \(AreaScope.sqlCondition(column: "a.code", parameter: 2))))
        """
    }

    /// ?3 the band name, ?4 the option id.
    static let filters = """
        (?3 IS NULL OR s.band_id IN (SELECT b.id FROM category_bands AS b WHERE b.name = ?3))
        AND (?4 IS NULL OR EXISTS (SELECT 1 FROM assessment_answers AS x WHERE x.option_id = ?4 AND x.assessment_id = s.assessment_id))
        """

    /// Rows strictly before the key at ?p…?p+3 in the ranking order.
    static func before(_ p: Int) -> String {
        """
        s.total <= ?\(p) AND (s.total < ?\(p) OR (s.total = ?\(p) AND (s.member_count > ?\(p + 1)
        OR (s.member_count = ?\(p + 1) AND (s.no_kk < ?\(p + 2) OR (s.no_kk = ?\(p + 2) AND s.household_id < ?\(p + 3)))))))
        """
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
        try db.scalar(
            Int.self, "SELECT count(*) FROM household_scores AS s WHERE \(inArea(filter.area))",
            Array(base(filter, scope: scope).prefix(2)))
    }

    /// How many rows the filter's list has.
    package static func count(_ filter: RankingFilter, scope: AreaScope, in db: Connection) throws -> Int {
        try db.scalar(
            Int.self, "SELECT count(*) FROM household_scores AS s WHERE \(inArea(filter.area)) AND \(filters)",
            base(filter, scope: scope))
    }

    /// One page of the list, poorest first, with ranks and desil in the area (N = `areaCount`).
    package static func page(
        _ filter: RankingFilter, scope: AreaScope, paging: Paging, areaCount: Int, in db: Connection
    ) throws -> [RankedHousehold] {
        let rows = try db.query(
            """
            SELECT \(columns) FROM household_scores AS s
            WHERE \(inArea(filter.area)) AND \(filters)
            ORDER BY \(order) LIMIT ?5 OFFSET ?6
            """,
            base(filter, scope: scope) + [paging.limit, paging.offset])
        let start: RankingStart = filter.isWholeArea ? .knownRank(paging.offset + 1) : .countBefore
        return try ranked(rows, filter, scope: scope, start: start, areaCount: areaCount, in: db)
    }

    /// Up to `limit` rows after `cursor` (from the first row when nil): the next piece of an export.
    package static func rows(
        _ filter: RankingFilter, scope: AreaScope, after cursor: RankingCursor?, limit: Int, areaCount: Int,
        in db: Connection
    ) throws -> [RankedHousehold] {
        let rows: [Row]
        let start: RankingStart
        if let cursor {
            rows = try db.query(
                """
                SELECT \(columns) FROM household_scores AS s
                WHERE \(inArea(filter.area)) AND \(filters) AND \(after(5))
                ORDER BY \(order) LIMIT ?9
                """,
                base(filter, scope: scope) + arguments(cursor.key) + [limit])
            start = .after(cursor)
        } else {
            rows = try db.query(
                """
                SELECT \(columns) FROM household_scores AS s
                WHERE \(inArea(filter.area)) AND \(filters)
                ORDER BY \(order) LIMIT ?5
                """,
                base(filter, scope: scope) + [limit])
            start = filter.isWholeArea ? .knownRank(1) : .countBefore
        }
        return try ranked(rows, filter, scope: scope, start: start, areaCount: areaCount, in: db)
    }
}
