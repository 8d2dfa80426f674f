package import Database
import Foundation

/// Active operators and pendamping whose assigned area is the area itself or lies below it.
package struct AssignedUserCounts: AreaCountProvider {
    package init() {}

    package var columns: [AreaCountColumn] {
        [
            AreaCountColumn(key: Role.operator.rawValue, label: "Operator"),
            AreaCountColumn(key: Role.pendamping.rawValue, label: "Pendamping"),
        ]
    }

    package func counts(for codes: [String], in db: Connection) throws -> [String: [String: Int]] {
        let list = String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)
        // "Below" as a key range ('/' follows '.' in ASCII) so user_areas' index on area_code is used.
        let rows = try db.query(
            """
            SELECT target.value, users.role, COUNT(DISTINCT users.id)
            FROM json_each(?1) AS target
            JOIN user_areas ON user_areas.area_code = target.value
                OR (user_areas.area_code > target.value || '.' AND user_areas.area_code < target.value || '/')
            JOIN users ON users.id = user_areas.user_id
            WHERE users.active = 1 AND users.role IN ('operator', 'pendamping')
            GROUP BY target.value, users.role
            """, [list])
        var result: [String: [String: Int]] = [:]
        for row in rows {
            let code: String = try row.get(0)
            let role: String = try row.get(1)
            result[code, default: [:]][role] = try row.get(2)
        }
        return result
    }
}
