import Database

/// The SQL of re-scoring: households read a batch at a time with their answers in one query, and
/// the new assessments written with statements whose text never changes (prepared once per
/// connection by the statement cache).
enum RescoreStore {
    /// A household whose current score is under an older set, with the options it chose.
    struct Household {
        let householdID: Int64
        let assessmentID: Int64
        let setID: Int64
        let assessedOn: String
        let memberCount: Int
        /// The current total, kept in place when the new one is the same.
        let total: Int
        var optionIDs: [Int64]
    }

    /// Up to `limit` households scored under another set than `activeSetID`, whose current
    /// assessment id is above `cursor`, in assessment id order, each with its answers.
    static func batch(outdatedFrom activeSetID: Int64, after cursor: Int64, limit: Int, in db: Connection) throws
        -> [Household]
    {
        var households: [Household] = []
        households.reserveCapacity(limit)
        try db.prepare(
            """
            SELECT b.household_id, b.assessment_id, b.set_id, a.assessed_on, a.member_count, b.total, aa.option_id
            FROM (SELECT household_id, assessment_id, set_id, total FROM household_scores
                  WHERE set_id <> ?1 AND assessment_id > ?2 ORDER BY assessment_id LIMIT ?3) AS b
            JOIN assessments AS a ON a.id = b.assessment_id
            LEFT JOIN assessment_answers AS aa ON aa.assessment_id = b.assessment_id
            ORDER BY b.assessment_id
            """
        ).forEach([activeSetID, cursor, limit]) { row in
            let assessmentID: Int64 = try row.get(1)
            if households.last?.assessmentID != assessmentID {
                households.append(
                    Household(
                        householdID: try row.get(0), assessmentID: assessmentID, setID: try row.get(2),
                        assessedOn: try row.get(3), memberCount: try row.get(4), total: try row.get(5), optionIDs: []))
            }
            if case .integer(let optionID) = row[6] { households[households.count - 1].optionIDs.append(optionID) }
        }
        return households
    }

    /// Writes re-scored assessments under one set: the assessment, its answers, and the
    /// household's current score.
    struct Writer {
        let setID: Int64
        let createdAt: String
        let assessedBy: Int64?
        private let indicatorIDs: [Int64]

        init(set: IndicatorSet, createdAt: String, by assessedBy: Int64?) {
            setID = set.id
            self.createdAt = createdAt
            self.assessedBy = assessedBy
            indicatorIDs = set.indicators.map(\.id)
        }

        /// Stores the re-score of `household`: `answers` in the set's indicator order.
        func record(
            _ household: Household, answers: [CarryOverMap.Target], total: Int, band: CategoryBand, in db: Connection
        ) throws {
            try db.prepare(
                """
                INSERT INTO assessments
                    (household_id, set_id, total, band_id, assessed_on, assessed_by, source, rescored_from,
                     member_count, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'skor_ulang', ?, ?, '', ?)
                """
            ).execute([
                household.householdID, setID, total, band.id, household.assessedOn, assessedBy, household.assessmentID,
                household.memberCount, createdAt,
            ])
            let id = db.lastInsertRowID
            // One row per statement: a multi-row INSERT needs a statement journal, which copies
            // every page it touches that the transaction already changed (the scattered
            // answers-by-option index leaves) to a temporary file, ten times the work of the rows
            // themselves (https://sqlite.org/tempfiles.html#stmtjrnl).
            let insertAnswer = try db.prepare(
                "INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points) VALUES (?, ?, ?, ?)")
            for (index, answer) in answers.enumerated() {
                try insertAnswer.execute([id, indicatorIDs[index], answer.optionID, answer.points])
            }
            // SQLite rewrites the entries of every index holding a column the UPDATE sets, changed
            // or not (https://sqlite.org/lang_update.html): leaving `total` out when it stays the
            // same spares the three ranking indexes, the bulk of a re-score's page writes.
            if total == household.total {
                try db.prepare("UPDATE household_scores SET assessment_id = ?, set_id = ?, band_id = ? WHERE household_id = ?")
                    .execute([id, setID, band.id, household.householdID])
            } else {
                try db.prepare(
                    "UPDATE household_scores SET assessment_id = ?, set_id = ?, total = ?, band_id = ? WHERE household_id = ?"
                ).execute([id, setID, total, band.id, household.householdID])
            }
        }
    }
}
