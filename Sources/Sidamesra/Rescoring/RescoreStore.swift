import Database

/// The SQL of re-scoring, set-based: each batch is a handful of `INSERT … SELECT` and
/// `UPDATE … FROM` statements over four temporary tables of the writer connection, so no
/// answer passes through Swift.
///
/// - `temp.rescore_map`: every option of an older set (by id) restated as the active set's
///   indicator, option and points (`CarryOverMap`, indicator code then option position);
/// - `temp.rescore_band`: every total the active set can reach, with its band;
/// - `temp.rescore_batch`: the batch's households, with how many of the active set's indicators
///   their answers cover and the new total;
/// - `temp.rescore_new`: those complete and in a band, with the id of their new assessment.
enum RescoreStore {
    /// What one batch did.
    struct BatchResult {
        /// Households looked at (a batch's outdated households).
        let households: Int
        /// Of those, given a new assessment under the active set.
        let rescored: Int
        let firstAssessmentID: Int64
        let lastAssessmentID: Int64
    }

    /// Creates the temporary tables (once per connection) and fills the option map and the band
    /// table for `active`. Run inside each batch's transaction: cheap (a few hundred rows), and
    /// it keeps every batch correct on its own.
    static func prepare(_ active: IndicatorSet, carryingOver maps: [CarryOverMap], in db: Connection) throws {
        try db.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS rescore_map (
                old_option_id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL,
                option_id INTEGER NOT NULL, points INTEGER NOT NULL)
            """)
        try db.execute("CREATE TEMP TABLE IF NOT EXISTS rescore_band (total INTEGER PRIMARY KEY, band_id INTEGER NOT NULL)")
        try db.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS rescore_batch (
                assessment_id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL, answers_id INTEGER NOT NULL,
                covered INTEGER NOT NULL, total INTEGER NOT NULL)
            """)
        try db.execute(
            """
            CREATE TEMP TABLE IF NOT EXISTS rescore_new (
                new_id INTEGER PRIMARY KEY, old_id INTEGER NOT NULL, household_id INTEGER NOT NULL,
                answers_id INTEGER NOT NULL, total INTEGER NOT NULL, band_id INTEGER NOT NULL)
            """)
        try db.execute("DELETE FROM temp.rescore_map")
        try db.execute("DELETE FROM temp.rescore_band")
        let insertMap = try db.prepare(
            "INSERT INTO temp.rescore_map (old_option_id, indicator_id, option_id, points) VALUES (?, ?, ?, ?)")
        for map in maps {
            for (oldOptionID, target) in map.entries {
                try insertMap.execute([oldOptionID, target.indicatorID, target.optionID, target.points])
            }
        }
        // Every total a complete assessment can reach, each with `IndicatorSet.band(for:)`: the
        // same rule as `Scoring`, looked up by key. A total outside every band has no row.
        if let totals = active.possibleTotals {
            let insertBand = try db.prepare("INSERT INTO temp.rescore_band (total, band_id) VALUES (?, ?)")
            for total in totals {
                if let band = active.band(for: total) { try insertBand.execute([total, band.id]) }
            }
        }
    }

    /// Re-scores up to `limit` households whose current score is under another set than
    /// `active`, with a current assessment id above `cursor`, in assessment id order; nil when
    /// none is left. A household whose carried-over answers cover every indicator of `active`
    /// and whose total falls in a band gets a new assessment (source `skor_ulang`, the old
    /// assessment's day and members, `rescored_from` the old one, `answers_from` the assessment
    /// holding the answers as observed, which are read, not copied) and a new current score; the
    /// others are left as they are (they need a new assessment).
    static func rescoreBatch(
        under active: IndicatorSet, after cursor: Int64, limit: Int, createdAt: String, by assessedBy: Int64?,
        in db: Connection
    ) throws -> BatchResult? {
        try db.execute("DELETE FROM temp.rescore_batch")
        // The batch with, per household, how many active indicators its answers reach and their
        // points: one correlated pass over the household's answers (in primary-key order), packed
        // as covered × 1,000,000 + points (an option scores at most `IndicatorSetRules.maximumPoints`,
        // 100, so fewer than 10,000 indicators stay below a million); a GROUP BY with
        // count(DISTINCT …) took twice as long. An assessment has one answer per indicator and
        // codes are unique in a set, so no two answers reach the same indicator.
        try db.execute(
            """
            INSERT INTO temp.rescore_batch (assessment_id, household_id, answers_id, covered, total)
            SELECT assessment_id, household_id, answers_id, packed / 1000000, packed % 1000000
            FROM (SELECT b.assessment_id, b.household_id, b.answers_id,
                         (SELECT count(*) * 1000000 + coalesce(sum(m.points), 0)
                          FROM assessment_answers AS a JOIN temp.rescore_map AS m ON m.old_option_id = a.option_id
                          WHERE a.assessment_id = b.answers_id) AS packed
                  FROM household_scores AS b
                  WHERE b.set_id <> ?1 AND b.assessment_id > ?2 ORDER BY b.assessment_id LIMIT ?3)
            """,
            [active.id, cursor, limit])
        guard let span = try db.queryOne("SELECT count(*), min(assessment_id), max(assessment_id) FROM temp.rescore_batch"),
            try span.get(0) as Int > 0
        else { return nil }
        // The households to re-score, numbered from the next free assessment id in assessment id
        // order, so the inserts below append to the tables and their primary-key indexes.
        try db.execute("DELETE FROM temp.rescore_new")
        try db.execute(
            """
            INSERT INTO temp.rescore_new (new_id, old_id, household_id, answers_id, total, band_id)
            SELECT (SELECT coalesce(max(id), 0) FROM assessments) + row_number() OVER (ORDER BY b.assessment_id),
                   b.assessment_id, b.household_id, b.answers_id, b.total, r.band_id
            FROM temp.rescore_batch AS b JOIN temp.rescore_band AS r ON r.total = b.total
            WHERE b.covered = ?1
            """,
            [active.indicators.count])
        try db.execute(
            """
            INSERT INTO assessments
                (id, household_id, set_id, total, band_id, assessed_on, assessed_by, source, rescored_from,
                 answers_from, member_count, note, created_at)
            SELECT n.new_id, n.household_id, ?1, n.total, n.band_id, a.assessed_on, ?2, 'skor_ulang', n.old_id,
                   n.answers_id, a.member_count, '', ?3
            FROM temp.rescore_new AS n JOIN assessments AS a ON a.id = n.old_id
            ORDER BY n.new_id
            """,
            [active.id, assessedBy, createdAt])
        let rescored = db.changes
        // SQLite rewrites the entries of every index holding a column the UPDATE sets, changed or
        // not (https://sqlite.org/lang_update.html): leaving `total` out where it stays the same
        // spares the three ranking indexes, the bulk of a re-score's page writes.
        try db.execute(
            """
            UPDATE household_scores SET assessment_id = n.new_id, set_id = ?1, band_id = n.band_id
            FROM temp.rescore_new AS n
            WHERE household_scores.household_id = n.household_id AND household_scores.total = n.total
            """,
            [active.id])
        try db.execute(
            """
            UPDATE household_scores SET assessment_id = n.new_id, set_id = ?1, total = n.total, band_id = n.band_id
            FROM temp.rescore_new AS n
            WHERE household_scores.household_id = n.household_id AND household_scores.total <> n.total
            """,
            [active.id])
        return BatchResult(
            households: try span.get(0), rescored: rescored, firstAssessmentID: try span.get(1),
            lastAssessmentID: try span.get(2))
    }

    /// Runs `body` in one `BEGIN IMMEDIATE … COMMIT` on `db` (the writer, outside any transaction)
    /// with foreign-key checks off, and turns them back on whatever happens. Every id a batch
    /// writes is read in the same transaction from the row it refers to (the household's score,
    /// the old assessment, the active set's indicators, options and bands, the new assessment),
    /// so the checks could not fail; they cost a third of the time of the 27 answer rows per
    /// household (three parent look-ups each). The pragma is a no-op inside a transaction
    /// (https://sqlite.org/pragma.html#pragma_foreign_keys), hence this instead of `pool.write`.
    static func withoutForeignKeyChecks<T>(_ db: Connection, _ body: () throws -> T) throws -> T {
        try db.execute("PRAGMA foreign_keys = OFF")
        let outcome: Result<T, any Error>
        do {
            try db.execute("BEGIN IMMEDIATE")
            let result = try body()
            try db.execute("COMMIT")
            outcome = .success(result)
        } catch {
            if db.isInTransaction { try? db.execute("ROLLBACK") }
            outcome = .failure(error)
        }
        try db.execute("PRAGMA foreign_keys = ON")
        guard try db.scalar(Int.self, "PRAGMA foreign_keys") == 1 else {
            throw DatabaseError(code: .misuse, message: "foreign keys could not be turned back on after a re-score batch")
        }
        return try outcome.get()
    }
}
