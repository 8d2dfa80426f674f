import Database
import Foundation
import TestSupport

/// A migrated database with households, persons and assessments written in plain SQL (the rows
/// the registry and SIDAMESRA stores write), so every trigger of migration 0600 is exercised.
final class SummaryFixture {
    let database: TemporaryDatabase
    var pool: DatabasePool { database.pool }

    static let poncosari = RegistryFixtures.poncosari
    static let trimurti = RegistryFixtures.trimurti
    static let parangtritis = RegistryFixtures.parangtritis
    static let stamp = "2026-01-01T00:00:00Z"

    init() throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
    }

    /// Household `id` in `desa` with a head (segment `jkn`) and, when `total` is given, a current score.
    static func household(
        _ id: Int64, desa: String, total: Int? = nil, assessedOn: String = "2026-11-18", jkn: String = "none",
        in db: Connection
    ) throws {
        if let total {
            try ScoreFixtures.add(id, total: total, members: 1, noKK: Int(id), desa: desa, in: db)
            try db.execute("UPDATE assessments SET assessed_on = ?, source = 'formulir' WHERE id = ?", [assessedOn, id])
            try db.execute("UPDATE household_scores SET assessed_on = ? WHERE household_id = ?", [assessedOn, id])
            try db.execute("UPDATE persons SET jkn_segment = ? WHERE household_id = ?", [jkn, id])
        } else {
            try db.execute(
                "INSERT INTO households (id, no_kk, area_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                [id, ScoreFixtures.noKK(Int(id)), desa, stamp, stamp])
            try person(900_000 + id, household: id, jkn: jkn, in: db)
        }
    }

    /// A living person of household `household`.
    static func person(_ serial: Int64, household: Int64, jkn: String, in db: Connection) throws {
        try db.execute(
            """
            INSERT INTO persons (nik, name, sex, birth_date, relationship, marital_status, religion, education,
                                 jkn_segment, household_id, created_at, updated_at)
            VALUES (?, ?, 'P', '1985-02-01', 'anak', 'belum_kawin', 'islam', 'sma', ?, ?, ?, ?)
            """,
            ["3402014102" + String(String(1_000_000 + serial % 1_000_000).suffix(6)), "Anggota \(serial)", jkn,
             household, stamp, stamp])
    }

    /// A new assessment of household `id` with `total`, made current the way AssessmentStore does.
    @discardableResult
    static func reassess(_ id: Int64, total: Int, on day: String, source: String = "formulir", in db: Connection) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO assessments (household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
            VALUES (?, 1, ?, ?, ?, ?, 1, ?)
            """, [id, total, ScoreFixtures.band(total), day, source, stamp])
        let assessment = db.lastInsertRowID
        try db.execute(
            """
            INSERT INTO household_scores
                (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code, kecamatan_code,
                 no_kk, assessed_on)
            SELECT a.household_id, a.id, a.id, a.set_id, a.total, a.band_id, a.member_count, h.area_code, desa.parent_code,
                   h.no_kk, a.assessed_on
            FROM assessments AS a
            JOIN households AS h ON h.id = a.household_id
            JOIN areas AS desa ON desa.code = h.area_code
            WHERE a.id = ?
            ON CONFLICT (household_id) DO UPDATE SET
                assessment_id = excluded.assessment_id, set_id = excluded.set_id, total = excluded.total,
                band_id = excluded.band_id, member_count = excluded.member_count, desa_code = excluded.desa_code,
                kecamatan_code = excluded.kecamatan_code, no_kk = excluded.no_kk, assessed_on = excluded.assessed_on
            """, [assessment])
        return assessment
    }
}
