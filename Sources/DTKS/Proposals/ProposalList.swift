package import Core
package import Database
package import Foundation

/// The proposal queue: filters, one page of rows, and the count, inside the reader's scope.
package enum ProposalList {
    /// What the list is narrowed to.
    package struct Filter: Sendable, Equatable {
        package var state: ProposalState?
        /// A kecamatan or desa code (prefix match like the scope).
        package var areaCode: String?

        package init(state: ProposalState? = nil, areaCode: String? = nil) {
            self.state = state
            self.areaCode = areaCode
        }
    }

    /// One row of the list.
    package struct Row: Sendable, Equatable {
        package let id: Int64
        package let householdID: Int64
        package let state: ProposalState
        package let stateSince: Date
        package let areaCode: String
        package let areaName: String
        package let noKK: String
        package let headName: String
        package let proposerType: ProposerType
        package let createdAt: Date
    }

    static let conditions = """
        (?1 IS NULL OR p.status = ?1)
        AND (?2 IS NULL OR p.area_code = ?2 OR (p.area_code >= ?2 || '.' AND p.area_code < ?2 || '/'))
        AND \(AreaScope.sqlCondition(column: "p.area_code", parameter: 3))
        """

    /// How many proposals match.
    package static func count(_ filter: Filter, scope: AreaScope, in db: Connection) throws -> Int {
        try db.scalar(
            Int.self, "SELECT count(*) FROM dtks_proposals AS p WHERE \(conditions)",
            [filter.state?.rawValue, filter.areaCode, scope.sqlArgument])
    }

    /// One page, newest first.
    package static func page(_ filter: Filter, scope: AreaScope, paging: Paging, in db: Connection) throws -> [Row] {
        try db.query(
            """
            SELECT p.id, p.household_id, p.status, p.status_since, p.area_code, a.name, h.no_kk,
                   coalesce((SELECT m.name FROM persons AS m WHERE m.household_id = p.household_id AND m.status = 'hidup'
                             ORDER BY m.relationship <> 'kepala', m.id LIMIT 1), ''),
                   p.proposer_type, p.created_at
            FROM dtks_proposals AS p
            JOIN households AS h ON h.id = p.household_id
            JOIN areas AS a ON a.code = p.area_code
            WHERE \(conditions)
            ORDER BY p.id DESC LIMIT ?4 OFFSET ?5
            """,
            [filter.state?.rawValue, filter.areaCode, scope.sqlArgument, paging.limit, paging.offset]
        ).map { row in
            let stateText: String = try row.get(2)
            let typeText: String = try row.get(8)
            let since: String = try row.get(3)
            let created: String = try row.get(9)
            guard let state = ProposalState(rawValue: stateText), let type = ProposerType(rawValue: typeText),
                let stateSince = ISO8601Timestamp.parse(since), let createdAt = ISO8601Timestamp.parse(created)
            else { throw DatabaseError(code: .mismatch, message: "dtks_proposals row is malformed") }
            return Row(
                id: try row.get(0), householdID: try row.get(1), state: state, stateSince: stateSince, areaCode: try row.get(4),
                areaName: try row.get(5), noKK: try row.get(6), headName: try row.get(7), proposerType: type, createdAt: createdAt)
        }
    }
}
