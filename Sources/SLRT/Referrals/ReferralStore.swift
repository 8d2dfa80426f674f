package import Core
package import Database
package import Foundation

/// The SQL of referrals; fetches and lists filter by the user's area scope.
package enum ReferralStore {
    package static func insert(
        requestID: Int64?, personID: Int64, applicantName: String, areaCode: String, partner: String, need: String,
        referredOn: CalendarDate, by userID: Int64?, at date: Date, in db: Connection
    ) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO slrt_referrals (request_id, person_id, applicant_name, area_code, partner, need, status, status_since,
                                        referred_on, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'dirujuk', ?, ?, ?, ?, ?)
            """,
            [requestID, personID, applicantName, areaCode, partner, need, now, referredOn.iso, userID, now, now])
        return db.lastInsertRowID
    }

    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> Referral? {
        try db.queryOne(
            Referral.self,
            "SELECT * FROM slrt_referrals WHERE id = ?1 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 2))",
            [id, scope.sqlArgument])
    }

    /// One page of referrals in `state` (all when nil), newest first, and the count.
    package static func list(
        state: ReferralState?, in scope: AreaScope, paging: Paging, db: Connection
    ) throws -> (rows: [Referral], total: Int) {
        let condition = "\(AreaScope.sqlCondition(column: "area_code", parameter: 1)) AND (?2 IS NULL OR status = ?2)"
        let arguments: StatementArguments = [scope.sqlArgument, state?.rawValue]
        let total = try db.scalar(Int.self, "SELECT count(*) FROM slrt_referrals WHERE \(condition)", arguments)
        let page = paging.clamped(toTotal: total)
        let rows = try db.query(
            Referral.self, "SELECT * FROM slrt_referrals WHERE \(condition) ORDER BY id DESC LIMIT ?3 OFFSET ?4",
            arguments + [page.limit, page.offset])
        return (rows, total)
    }

    /// Referrals made from `from` to `through`, inside `scope`.
    package static func referred(
        from: CalendarDate, through: CalendarDate, in scope: AreaScope, db: Connection
    ) throws -> [Referral] {
        try db.query(
            Referral.self,
            """
            SELECT * FROM slrt_referrals WHERE referred_on BETWEEN ?1 AND ?2
            AND \(AreaScope.sqlCondition(column: "area_code", parameter: 3)) ORDER BY referred_on, id
            """,
            [from.iso, through.iso, scope.sqlArgument])
    }

    /// Moves the referral to `state` on `day`, appending `feedback`; false on a stale version.
    package static func setState(
        _ id: Int64, to state: ReferralState, on day: CalendarDate, feedback: String, expectedVersion: Int, at date: Date,
        in db: Connection
    ) throws -> Bool {
        let column: String
        switch state {
        case .referred: column = "referred_on"
        case .accepted: column = "accepted_on"
        case .followedUp: column = "followed_up_on"
        case .finished: column = "finished_on"
        }
        let now = ISO8601Timestamp.format(date)
        // `column` is one of four constants above, never input.
        try db.execute(
            """
            UPDATE slrt_referrals SET status = ?, status_since = ?, \(column) = ?,
                feedback = CASE WHEN ? = '' THEN feedback WHEN feedback = '' THEN ? ELSE feedback || char(10) || ? END,
                updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [state.rawValue, now, day.iso, feedback, feedback, feedback, now, id, expectedVersion])
        return db.changes == 1
    }
}
