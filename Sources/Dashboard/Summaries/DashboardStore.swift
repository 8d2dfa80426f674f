package import Core
package import Database

/// The dashboard's reads of its summary tables (migration 0600), always inside an area scope.
/// Each is a few hundred rows at most (desa × category, desa × week), never a scan of the register.
package enum DashboardStore {
    /// How rows are grouped for a chart: by kecamatan for a user who sees the whole district, by
    /// desa for a user bound to a few areas.
    package enum Grouping: Sendable, Equatable {
        case kecamatan, desa

        package init(scope: AreaScope) {
            self = scope == .everywhere ? .kecamatan : .desa
        }
    }

    /// Current scores of one area group and category band.
    package struct CategoryCount: Sendable, Equatable {
        package let areaCode: String
        package let areaName: String
        package let bandName: String
        package let bandColour: String
        package let bandPosition: Int
        package let households: Int
    }

    /// Active and assessed households of one desa.
    package struct Coverage: Sendable, Equatable {
        package let desaCode: String
        package let desaName: String
        package let kecamatanCode: String
        package let kecamatanName: String
        package let households: Int
        package let assessed: Int
    }

    /// Current scores per area group and band name (bands of older set versions with the same
    /// name count together), groups in code order.
    package static func categoryCounts(scope: AreaScope, grouping: Grouping, in db: Connection) throws -> [CategoryCount] {
        let group = grouping == .kecamatan ? "k" : "d"
        return try db.query(
            """
            SELECT \(group).code, \(group).name, b.name, b.colour, min(b.position), sum(c.households)
            FROM dashboard_category_counts AS c
            JOIN areas AS d ON d.code = c.area_code
            JOIN areas AS k ON k.code = d.parent_code
            JOIN category_bands AS b ON b.id = c.band_id
            WHERE c.households <> 0 AND \(AreaScope.sqlCondition(column: "c.area_code", parameter: 1))
            GROUP BY \(group).code, b.name
            ORDER BY \(group).code, min(b.position)
            """, [scope.sqlArgument]
        ).map { row in
            CategoryCount(
                areaCode: try row.get(0), areaName: try row.get(1), bandName: try row.get(2),
                bandColour: try row.get(3), bandPosition: try row.get(4), households: try row.get(5))
        }
    }

    /// Active and assessed households of every desa inside the scope that has any, in code order.
    package static func coverage(scope: AreaScope, in db: Connection) throws -> [Coverage] {
        try db.query(
            """
            SELECT d.code, d.name, k.code, k.name, c.households, c.assessed
            FROM dashboard_household_counts AS c
            JOIN areas AS d ON d.code = c.area_code
            JOIN areas AS k ON k.code = d.parent_code
            WHERE (c.households <> 0 OR c.assessed <> 0) AND \(AreaScope.sqlCondition(column: "c.area_code", parameter: 1))
            ORDER BY d.code
            """, [scope.sqlArgument]
        ).map { row in
            Coverage(
                desaCode: try row.get(0), desaName: try row.get(1), kecamatanCode: try row.get(2),
                kecamatanName: try row.get(3), households: try row.get(4), assessed: try row.get(5))
        }
    }

    /// Field assessments per week (Monday, ISO date) from `firstWeek` on.
    package static func assessmentsPerWeek(scope: AreaScope, from firstWeek: String, in db: Connection) throws -> [String: Int] {
        var weeks: [String: Int] = [:]
        try db.forEach(
            """
            SELECT week, sum(assessments) FROM dashboard_assessments_weekly
            WHERE week >= ?2 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 1))
            GROUP BY week
            """, [scope.sqlArgument, firstWeek]
        ) { row in
            weeks[try row.get(0)] = try row.get(1)
        }
        return weeks
    }
}

extension DashboardStore {
    /// Living persons with JKN segment `segment` per area group inside the scope, in code order.
    package static func livingPersons(
        segment: String, scope: AreaScope, grouping: Grouping, in db: Connection
    ) throws -> [(code: String, name: String, persons: Int)] {
        let group = grouping == .kecamatan ? "k" : "d"
        return try db.query(
            """
            SELECT \(group).code, \(group).name, sum(c.persons)
            FROM dashboard_person_counts AS c
            JOIN areas AS d ON d.code = c.area_code
            JOIN areas AS k ON k.code = d.parent_code
            WHERE c.jkn_segment = ?2 AND c.persons <> 0 AND \(AreaScope.sqlCondition(column: "c.area_code", parameter: 1))
            GROUP BY \(group).code ORDER BY \(group).code
            """, [scope.sqlArgument, segment]
        ).map { row in (try row.get(0), try row.get(1), try row.get(2)) }
    }
}
