package import Database

extension DashboardSummaries {
    /// The triggers of migration 0600 that keep the registry and SIDAMESRA summaries. A bulk load
    /// (`dinsos seed --synthetic`) sets them aside and calls `rebuildRegistrySummaries` after it:
    /// four GROUP BY queries instead of a summary upsert per inserted row.
    package static let registryTriggers = [
        "dashboard_household_insert", "dashboard_household_update", "dashboard_household_moves",
        "dashboard_score_insert", "dashboard_score_delete", "dashboard_score_update",
        "dashboard_assessment_insert", "dashboard_assessment_delete", "dashboard_assessment_update",
        "dashboard_person_insert", "dashboard_person_update",
    ]

    /// Recomputes the registry and SIDAMESRA summaries from their source rows (the backfill of
    /// migration 0600), inside the caller's transaction.
    package static func rebuildRegistrySummaries(in db: Connection) throws {
        try db.executeScript(
            """
            DELETE FROM dashboard_household_counts;
            DELETE FROM dashboard_category_counts;
            DELETE FROM dashboard_assessments_weekly;
            DELETE FROM dashboard_person_counts;
            INSERT INTO dashboard_household_counts (area_code, households, assessed)
            SELECT area_code, sum(households), sum(assessed) FROM (
                SELECT area_code, count(*) AS households, 0 AS assessed FROM households WHERE status = 'aktif' GROUP BY area_code
                UNION ALL
                SELECT desa_code, 0, count(*) FROM household_scores GROUP BY desa_code)
            WHERE true GROUP BY area_code;
            INSERT INTO dashboard_category_counts (area_code, band_id, households)
            SELECT desa_code, band_id, count(*) FROM household_scores GROUP BY desa_code, band_id;
            INSERT INTO dashboard_assessments_weekly (area_code, week, assessments)
            SELECT h.area_code, date(a.assessed_on, '-6 days', 'weekday 1'), count(*)
            FROM assessments AS a JOIN households AS h ON h.id = a.household_id
            WHERE a.source <> 'skor_ulang' GROUP BY 1, 2;
            INSERT INTO dashboard_person_counts (area_code, jkn_segment, persons)
            SELECT h.area_code, p.jkn_segment, count(*)
            FROM persons AS p JOIN households AS h ON h.id = p.household_id
            WHERE p.status = 'hidup' GROUP BY 1, 2;
            """)
    }
}
