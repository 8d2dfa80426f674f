import Core
package import Database

/// The read API later modules (DTKS, SIDAKIS, SLRT, Dashboard) call for SIDAMESRA facts about a
/// household; they never query SIDAMESRA's tables themselves (DESIGN.md §1).
package struct SidamesraReadAPI: Sendable {
    package let pool: DatabasePool

    package init(pool: DatabasePool) {
        self.pool = pool
    }

    /// The household's current total, category and set, or nil when it was never assessed.
    package func currentScore(ofHousehold householdID: Int64) throws -> CurrentScore? {
        try pool.read { try Self.currentScore(ofHousehold: householdID, in: $0) }
    }

    /// The same inside a transaction the caller already holds.
    package static func currentScore(ofHousehold householdID: Int64, in db: Connection) throws -> CurrentScore? {
        guard
            let row = try db.queryOne(
                """
                SELECT hs.assessment_id, hs.total, b.name, b.colour, hs.set_id, s.name, hs.assessed_on, s.status
                FROM household_scores AS hs
                JOIN category_bands AS b ON b.id = hs.band_id
                JOIN indicator_sets AS s ON s.id = hs.set_id
                WHERE hs.household_id = ?
                """, [householdID])
        else { return nil }
        let day: String = try row.get(6)
        guard let assessedOn = CalendarDate(iso: day) else {
            throw DatabaseError(code: .mismatch, message: "household_scores.assessed_on holds a malformed date '\(day)'")
        }
        let status: String = try row.get(7)
        return CurrentScore(
            householdID: householdID, assessmentID: try row.get(0), total: try row.get(1), bandName: try row.get(2),
            bandColour: try row.get(3), setID: try row.get(4), setName: try row.get(5), assessedOn: assessedOn,
            isUnderActiveSet: status == IndicatorSetStatus.active.rawValue)
    }

    /// Every assessment of the household, newest first.
    package func history(ofHousehold householdID: Int64) throws -> [AssessmentSummary] {
        try pool.read { try AssessmentStore.history(of: householdID, in: $0) }
    }

    /// One assessment with its answers, or nil.
    package func assessment(_ id: Int64) throws -> AssessmentDetail? {
        try pool.read { try AssessmentStore.detail(id, in: $0) }
    }
}
