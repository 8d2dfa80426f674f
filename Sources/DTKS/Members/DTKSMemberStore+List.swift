package import Core
package import Database

extension DTKSMemberStore {
    private static func listCondition(_ filter: DTKSMemberFilter) -> String {
        """
        \(AreaScope.sqlCondition(column: "m.area_code", parameter: 1))
          AND (?2 IS NULL OR m.area_code = ?2 OR (m.area_code >= ?2 || '.' AND m.area_code < ?2 || '/'))
          AND (?3 IS NULL OR (?3 = 0 AND m.desil IS NULL) OR m.desil = ?3)
          AND (?4 IS NULL OR m.status = ?4)
          AND (?5 IS NULL OR m.household_id = ?5)
        """
    }

    private static func arguments(_ filter: DTKSMemberFilter, _ scope: AreaScope) -> StatementArguments {
        [scope.sqlArgument, filter.areaCode, filter.desil, filter.status?.rawValue, filter.householdID]
    }

    /// How many registrations inside `scope` match `filter`.
    package static func count(_ filter: DTKSMemberFilter, scope: AreaScope, in db: Connection) throws -> Int {
        try db.scalar(
            Int.self, "SELECT count(*) FROM dtks_members AS m WHERE \(listCondition(filter))", arguments(filter, scope))
    }

    /// One page of the matching registrations, by desa and name.
    package static func page(
        _ filter: DTKSMemberFilter, scope: AreaScope, paging: Paging, in db: Connection
    ) throws -> [DTKSMemberRow] {
        try db.query(
            """
            SELECT \(columns), coalesce(a.name, '') FROM dtks_members AS m LEFT JOIN areas AS a ON a.code = m.area_code
            WHERE \(listCondition(filter)) ORDER BY m.area_code, m.name, m.id LIMIT ?6 OFFSET ?7
            """,
            arguments(filter, scope) + [paging.limit, paging.offset]
        ).map { DTKSMemberRow(member: try member($0), areaName: try $0.get(18)) }
    }

    /// Up to `limit` matching registrations after id `afterID`, by id (exports read in pieces).
    package static func rows(
        _ filter: DTKSMemberFilter, scope: AreaScope, afterID: Int64, limit: Int, in db: Connection
    ) throws -> [DTKSMemberRow] {
        try db.query(
            """
            SELECT \(columns), coalesce(a.name, '') FROM dtks_members AS m LEFT JOIN areas AS a ON a.code = m.area_code
            WHERE \(listCondition(filter)) AND m.id > ?6 ORDER BY m.id LIMIT ?7
            """,
            arguments(filter, scope) + [afterID, limit]
        ).map { DTKSMemberRow(member: try member($0), areaName: try $0.get(18)) }
    }
}

extension DTKSMemberStore {
    /// How many matching registrations inside `scope` have each desil (key 0: no desil yet);
    /// the filter's own desil is ignored. Served by the index on (area_code, status, desil).
    package static func desilCounts(_ filter: DTKSMemberFilter, scope: AreaScope, in db: Connection) throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for row in try db.query(
            """
            SELECT coalesce(m.desil, 0), count(*) FROM dtks_members AS m
            WHERE \(AreaScope.sqlCondition(column: "m.area_code", parameter: 1))
              AND (?2 IS NULL OR m.area_code = ?2 OR (m.area_code >= ?2 || '.' AND m.area_code < ?2 || '/'))
              AND (?3 IS NULL OR m.status = ?3) AND (?4 IS NULL OR m.household_id = ?4)
            GROUP BY coalesce(m.desil, 0)
            """,
            [scope.sqlArgument, filter.areaCode, filter.status?.rawValue, filter.householdID])
        {
            counts[try row.get(0)] = try row.get(1)
        }
        return counts
    }
}
