package import Database

/// Scored households written with plain SQL (household, living head, assessment under the
/// example set, one ENG01 answer, current score), for ranking tests that need exact totals,
/// member counts and No KKs without filling 27 answers.
package enum ScoreFixtures {
    /// ENG01 options of the example set: "Bukan listrik…" and "Listrik PLN dengan meteran sendiri".
    package static let noElectricity: Int64 = 29
    package static let ownMeter: Int64 = 32

    /// The example set's band for `total` (1 Sangat Miskin … 4 Mampu).
    package static func band(_ total: Int) -> Int64 {
        switch total {
        case ...43: 1
        case ...65: 2
        case ...86: 3
        default: 4
        }
    }

    /// A No KK ending in `serial`.
    package static func noKK(_ serial: Int) -> String {
        "3402010000" + String(100_000 + serial).suffix(6)
    }

    /// Adds household `id` in `desa` with its current score; the head is "Kepala <id>".
    package static func add(
        _ id: Int64, total: Int, members: Int, noKK serial: Int, desa: String, option: Int64 = ownMeter,
        in db: Connection
    ) throws {
        let now = "2026-01-01T00:00:00Z"
        let kk = noKK(serial)
        try db.execute(
            "INSERT INTO households (id, no_kk, area_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [id, kk, desa, now, now])
        try db.execute(
            """
            INSERT INTO persons (nik, name, sex, birth_date, relationship, marital_status, religion, education,
                                 household_id, created_at, updated_at)
            VALUES (?, ?, 'L', '1980-05-15', 'kepala', 'kawin', 'islam', 'sd', ?, ?, ?)
            """,
            ["3402011505" + String(800_000 + id).suffix(6), "Kepala \(id)", id, now, now])
        try db.execute(
            """
            INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
            VALUES (?, ?, 1, ?, ?, '2026-03-02', 'sintetis', ?, ?)
            """,
            [id, id, total, band(total), members, now])
        try db.execute(
            "INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points) VALUES (?, 8, ?, 1)",
            [id, option])
        try db.execute(
            """
            INSERT INTO household_scores (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
                                          kecamatan_code, no_kk, assessed_on)
            SELECT ?, ?, ?, 1, ?, ?, ?, code, parent_code, ?, '2026-03-02' FROM areas WHERE code = ?
            """,
            [id, id, id, total, band(total), members, kk, desa])
    }
}
