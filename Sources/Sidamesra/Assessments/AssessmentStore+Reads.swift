import Core
package import Database

extension AssessmentStore {
    private static let summaryColumns = """
        a.id, a.household_id, a.assessed_on, a.set_id, s.name, a.total, b.name, b.colour, a.source, u.full_name,
        a.rescored_from, a.member_count, a.note
        FROM assessments AS a
        JOIN indicator_sets AS s ON s.id = a.set_id
        JOIN category_bands AS b ON b.id = a.band_id
        LEFT JOIN users AS u ON u.id = a.assessed_by
        """

    /// Every assessment of `householdID`, newest first (by assessment date, then by entry).
    package static func history(of householdID: Int64, in db: Connection) throws -> [AssessmentSummary] {
        try db.query(
            "SELECT \(summaryColumns) WHERE a.household_id = ? ORDER BY a.assessed_on DESC, a.id DESC", [householdID]
        ).map(summary)
    }

    /// The assessment `id` with its answers, or nil. A re-score's answers are those of the
    /// assessment it was carried over from (`answers_from`), each restated in its own set by
    /// indicator code and option position (`Scoring.carryOver`) with that set's points.
    package static func detail(_ id: Int64, in db: Connection) throws -> AssessmentDetail? {
        guard let row = try db.queryOne("SELECT \(summaryColumns) WHERE a.id = ?", [id]) else { return nil }
        let lines = try db.query(
            """
            SELECT i.code, i.theme, i.question, o.id, o.label,
                   CASE WHEN a.answers_from IS NULL THEN aa.points ELSE o.points END
            FROM assessments AS a
            JOIN assessment_answers AS aa ON aa.assessment_id = coalesce(a.answers_from, a.id)
            JOIN indicators AS seen ON seen.id = aa.indicator_id
            JOIN indicator_options AS chosen ON chosen.id = aa.option_id
            JOIN indicators AS i ON i.set_id = a.set_id AND i.code = seen.code
            JOIN indicator_options AS o ON o.indicator_id = i.id AND o.position = chosen.position
            WHERE a.id = ? ORDER BY i.position, i.code
            """, [id]
        ).map { row in
            AssessmentDetail.Line(
                code: try row.get(0), theme: try row.get(1), question: try row.get(2), optionID: try row.get(3),
                optionLabel: try row.get(4), points: try row.get(5))
        }
        return AssessmentDetail(summary: try summary(row), lines: lines)
    }

    /// The id of the household's current assessment, or nil when it was never assessed.
    package static func currentID(of householdID: Int64, in db: Connection) throws -> Int64? {
        try db.scalar(Int64?.self, "SELECT assessment_id FROM household_scores WHERE household_id = ?", [householdID])
    }

    private static func summary(_ row: Row) throws -> AssessmentSummary {
        let day: String = try row.get(2)
        guard let assessedOn = CalendarDate(iso: day) else {
            throw DatabaseError(code: .mismatch, message: "assessments.assessed_on holds a malformed date '\(day)'")
        }
        let sourceText: String = try row.get(8)
        guard let source = AssessmentSource(rawValue: sourceText) else {
            throw DatabaseError(code: .mismatch, message: "assessments.source holds an unknown source '\(sourceText)'")
        }
        return AssessmentSummary(
            id: try row.get(0), householdID: try row.get(1), assessedOn: assessedOn, setID: try row.get(3),
            setName: try row.get(4), total: try row.get(5), bandName: try row.get(6), bandColour: try row.get(7),
            source: source, assessedByName: row[9] == .null ? nil : try row.get(9),
            rescoredFrom: row[10] == .null ? nil : try row.get(10), memberCount: try row.get(11), note: try row.get(12))
    }
}
