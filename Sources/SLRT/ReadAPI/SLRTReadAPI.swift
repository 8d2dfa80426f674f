package import Core
package import Database

/// What other modules (the dashboard) may ask SLRT; the request queues themselves come from the
/// Core engine (`WorkflowQueues.counts(workflow: SLRTWorkflow.kind, …)`).
package struct SLRTReadAPI: Sendable {
    package init() {}

    /// Letters issued from `from` through `through` inside `scope`, per letter type raw value
    /// (`rujukan` for referral letters), revoked ones not counted.
    package func lettersIssued(
        from: CalendarDate, through: CalendarDate, scope: AreaScope, in db: Connection
    ) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try db.query(
            """
            SELECT letter_type, count(*) FROM slrt_letters
            WHERE issued_on BETWEEN ?1 AND ?2 AND revoked_at IS NULL
            AND \(AreaScope.sqlCondition(column: "area_code", parameter: 3)) GROUP BY letter_type
            """,
            [from.iso, through.iso, scope.sqlArgument])
        {
            counts[try row.get(0)] = try row.get(1)
        }
        return counts
    }

    /// Referrals and complaints not finished yet, inside `scope` (complaints without an area count everywhere).
    package func openCases(scope: AreaScope, in db: Connection) throws -> (referrals: Int, complaints: Int) {
        let referrals = try db.scalar(
            Int.self,
            "SELECT count(*) FROM slrt_referrals WHERE status <> 'selesai' AND \(AreaScope.sqlCondition(column: "area_code", parameter: 1))",
            [scope.sqlArgument])
        let complaints = try db.scalar(
            Int.self,
            """
            SELECT count(*) FROM slrt_complaints WHERE status <> 'selesai'
            AND (area_code IS NULL OR \(AreaScope.sqlCondition(column: "area_code", parameter: 1)))
            """,
            [scope.sqlArgument])
        return (referrals, complaints)
    }
}
