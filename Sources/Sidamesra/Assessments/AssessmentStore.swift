package import Database
package import Foundation

/// The SQL of assessments: storing one with its answers and making it the household's current
/// score, in the caller's write transaction (the caller writes the audit row beside it).
package enum AssessmentStore {
    /// Stores `assessment` and its answers and makes it the household's current score; returns
    /// its id. The household must exist (its desa and kecamatan are copied for ranking).
    package static func record(_ assessment: NewAssessment, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO assessments
                (household_id, set_id, total, band_id, assessed_on, assessed_by, source, rescored_from,
                 member_count, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                assessment.householdID, assessment.result.setID, assessment.result.total, assessment.result.band.id,
                assessment.assessedOn.iso, assessment.assessedBy.map(DatabaseValue.integer) ?? .null,
                assessment.source.rawValue, assessment.rescoredFrom.map(DatabaseValue.integer) ?? .null,
                assessment.memberCount, assessment.note, now,
            ])
        let id = db.lastInsertRowID
        for answer in assessment.result.answers {
            try db.execute(
                "INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points) VALUES (?, ?, ?, ?)",
                [id, answer.indicatorID, answer.optionID, answer.points])
        }
        try makeCurrent(id, in: db)
        return id
    }

    /// Makes assessment `id` its household's current score (the row ranking reads).
    static func makeCurrent(_ id: Int64, in db: Connection) throws {
        try db.execute(
            """
            INSERT INTO household_scores
                (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
                 kecamatan_code, no_kk, assessed_on)
            SELECT a.household_id, a.id, coalesce(a.answers_from, a.id), a.set_id, a.total, a.band_id, a.member_count,
                   h.area_code, desa.parent_code, h.no_kk, a.assessed_on
            FROM assessments AS a
            JOIN households AS h ON h.id = a.household_id
            JOIN areas AS desa ON desa.code = h.area_code
            WHERE a.id = ?
            ON CONFLICT (household_id) DO UPDATE SET
                assessment_id = excluded.assessment_id, answers_id = excluded.answers_id, set_id = excluded.set_id, total = excluded.total,
                band_id = excluded.band_id, member_count = excluded.member_count, desa_code = excluded.desa_code,
                kecamatan_code = excluded.kecamatan_code, no_kk = excluded.no_kk, assessed_on = excluded.assessed_on
            """,
            [id])
    }
}
