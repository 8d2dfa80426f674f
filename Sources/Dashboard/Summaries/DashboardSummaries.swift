package import Database

/// The summary tables of migrations 0600 and 0601 as values: what the triggers keep (`stored`) and
/// the same counts taken from the source rows (`recount`, a full scan: tests and repairs only).
package enum DashboardSummaries {
    /// Every non-zero count of the summary tables, keyed `area|key`.
    package struct Snapshot: Sendable, Equatable {
        /// Active households per desa.
        package var households: [String: Int] = [:]
        /// Active households with a current score per desa.
        package var assessed: [String: Int] = [:]
        /// Current scores per desa and band id (`34.02.01.2001|3`).
        package var categories: [String: Int] = [:]
        /// Field assessments per desa and week (`34.02.01.2001|2026-11-23`).
        package var weekly: [String: Int] = [:]
        /// Living persons per desa and JKN segment (`34.02.01.2001|pbi_apbd`).
        package var persons: [String: Int] = [:]
        /// Active DTKS registrations per desa ('' for none) and desil (0 for none yet).
        package var desil: [String: Int] = [:]
    }

    /// The summaries as the triggers left them.
    package static func stored(in db: Connection) throws -> Snapshot {
        var snapshot = Snapshot()
        snapshot.households = try counts("SELECT area_code, households FROM dashboard_household_counts", in: db)
        snapshot.assessed = try counts("SELECT area_code, assessed FROM dashboard_household_counts", in: db)
        snapshot.categories = try counts(
            "SELECT area_code || '|' || band_id, households FROM dashboard_category_counts", in: db)
        snapshot.weekly = try counts(
            "SELECT area_code || '|' || week, assessments FROM dashboard_assessments_weekly", in: db)
        snapshot.persons = try counts(
            "SELECT area_code || '|' || jkn_segment, persons FROM dashboard_person_counts", in: db)
        snapshot.desil = try counts("SELECT area_code || '|' || desil, members FROM dashboard_dtks_desil", in: db)
        return snapshot
    }

    /// The same counts from households, household_scores, assessments, persons and dtks_members.
    package static func recount(in db: Connection) throws -> Snapshot {
        var snapshot = Snapshot()
        snapshot.households = try counts(
            "SELECT area_code, count(*) FROM households WHERE status = 'aktif' GROUP BY 1", in: db)
        snapshot.assessed = try counts("SELECT desa_code, count(*) FROM household_scores GROUP BY 1", in: db)
        snapshot.categories = try counts(
            "SELECT desa_code || '|' || band_id, count(*) FROM household_scores GROUP BY 1", in: db)
        snapshot.weekly = try counts(
            """
            SELECT h.area_code || '|' || date(a.assessed_on, '-6 days', 'weekday 1'), count(*)
            FROM assessments AS a JOIN households AS h ON h.id = a.household_id
            WHERE a.source <> 'skor_ulang' GROUP BY 1
            """, in: db)
        snapshot.persons = try counts(
            """
            SELECT h.area_code || '|' || p.jkn_segment, count(*)
            FROM persons AS p JOIN households AS h ON h.id = p.household_id
            WHERE p.status = 'hidup' GROUP BY 1
            """, in: db)
        snapshot.desil = try counts(
            """
            SELECT coalesce(area_code, '') || '|' || coalesce(desil, 0), count(*) FROM dtks_members
            WHERE status = 'aktif' GROUP BY 1
            """, in: db)
        return snapshot
    }

    private static func counts(_ sql: String, in db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try db.forEach(sql) { row in
            let value: Int = try row.get(1)
            if value != 0 { counts[try row.get(0), default: 0] += value }
        }
        return counts
    }
}
