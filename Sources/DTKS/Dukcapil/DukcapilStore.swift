import Core
package import Database
import Foundation

/// The SQL of the civil-registry extract; each method runs inside the caller's transaction.
package enum DukcapilStore {
    /// The newest load, or nil when no extract was ever loaded.
    package static func latestLoad(in db: Connection) throws -> DukcapilLoad? {
        guard
            let row = try db.queryOne(
                "SELECT id, file_name, row_count, skipped_rows, loaded_at, username FROM dukcapil_loads ORDER BY id DESC LIMIT 1")
        else { return nil }
        let stamp: String = try row.get(4)
        guard let loadedAt = ISO8601Timestamp.parse(stamp) else {
            throw DatabaseError(code: .mismatch, message: "dukcapil_loads.loaded_at holds '\(stamp)'")
        }
        return DukcapilLoad(
            id: try row.get(0), fileName: try row.get(1), rowCount: try row.get(2), skippedRows: try row.get(3),
            loadedAt: loadedAt, username: try row.get(5))
    }

    /// The extract's record of `nik`, or nil.
    package static func record(nik: String, in db: Connection) throws -> DukcapilRecord? {
        guard
            let row = try db.queryOne(
                "SELECT nik, no_kk, name, birth_place, birth_date, sex, address, area_code FROM dukcapil_records WHERE nik = ?",
                [nik])
        else { return nil }
        let day: String = try row.get(4)
        let sexText: String = try row.get(5)
        guard let birthDate = CalendarDate(iso: day), let sex = Sex(rawValue: sexText) else {
            throw DatabaseError(code: .mismatch, message: "dukcapil_records row \(IdentityNumberText.masked(nik)) is malformed")
        }
        return DukcapilRecord(
            nik: try row.get(0), noKK: try row.get(1), name: try row.get(2), birthPlace: try row.get(3), birthDate: birthDate,
            sex: sex, address: try row.get(6), areaCode: try row.get(7))
    }

    /// Removes every record (the first step of a load, inside its transaction).
    static func removeAll(in db: Connection) throws {
        try db.execute("DELETE FROM dukcapil_records")
    }

    static let insertSQL = """
        INSERT INTO dukcapil_records (nik, no_kk, name, name_key, birth_place, birth_date, sex, address, area_code)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nik) DO NOTHING
        """

    /// Inserts `record` through the prepared `statement`; false when its NIK is already loaded.
    static func insert(_ record: DukcapilRecord, with statement: Statement, in db: Connection) throws -> Bool {
        try statement.execute([
            record.nik, record.noKK, record.name, DukcapilName.key(record.name), record.birthPlace, record.birthDate.iso,
            record.sex.rawValue, record.address, record.areaCode,
        ])
        return db.changes == 1
    }

    /// Records a finished load.
    static func recordLoad(
        fileName: String, rowCount: Int, skippedRows: Int, by actor: Actor, at date: Date, in db: Connection
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO dukcapil_loads (file_name, row_count, skipped_rows, loaded_at, loaded_by, username)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [fileName, rowCount, skippedRows, ISO8601Timestamp.format(date), actor.userID,
             actor.kind == .user ? actor.username : actor.kind.rawValue])
        return db.lastInsertRowID
    }
}
