package import Core
package import Database
import Foundation

/// The SQL of `dtks_members`. Each method runs inside the caller's transaction; reads that take a
/// scope leave out registrations outside it (and those without an area, unless the scope is the
/// whole deployment).
package enum DTKSMemberStore {
    static let columns = """
        m.id, m.nik, m.person_id, m.household_id, m.no_kk, m.name, m.area_code, m.id_dtks, m.desil, m.since, m.source,
        m.source_batch_id, m.status, m.deactivated_on, m.deactivation_reason, m.version, m.created_at, m.updated_at
        """

    /// The active registration of `nik`, wherever it is, or nil.
    package static func findActive(nik: String, in db: Connection) throws -> DTKSMember? {
        try db.queryOne("SELECT \(columns) FROM dtks_members AS m WHERE m.nik = ? AND m.status = 'aktif'", [nik])
            .map(member)
    }

    /// Registration `id` inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> DTKSMember? {
        let sql = """
            SELECT \(columns) FROM dtks_members AS m
            WHERE m.id = ?1 AND (?2 IS NULL OR m.area_code IS NOT NULL)
              AND \(AreaScope.sqlCondition(column: "m.area_code", parameter: 2))
            """
        return try db.queryOne(sql, [id, scope.sqlArgument]).map(member)
    }

    /// The active registrations of the members of `householdID`, the head first.
    package static func active(inHousehold householdID: Int64, in db: Connection) throws -> [DTKSMember] {
        try db.query(
            """
            SELECT \(columns) FROM dtks_members AS m LEFT JOIN persons AS p ON p.id = m.person_id
            WHERE m.household_id = ? AND m.status = 'aktif'
            ORDER BY coalesce(p.relationship, '') <> 'kepala', m.since, m.id
            """,
            [householdID]
        ).map(member)
    }

    /// Every registration of `nik`, newest first (history).
    package static func history(nik: String, in db: Connection) throws -> [DTKSMember] {
        try db.query("SELECT \(columns) FROM dtks_members AS m WHERE m.nik = ? ORDER BY m.id DESC", [nik]).map(member)
    }

    /// What a new row holds, checked by `DTKSMembers`.
    struct Row {
        var nik: String
        var personID: Int64?
        var householdID: Int64?
        var noKK: String
        var name: String
        var areaCode: String?
        var idDTKS: String?
        var desil: Int?
        var since: CalendarDate
        var source: MemberSource
        var sourceBatchID: Int64?
    }

    static func insert(_ row: Row, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO dtks_members (nik, person_id, household_id, no_kk, name, area_code, id_dtks, desil, since, source,
                                      source_batch_id, status, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'aktif', ?, ?, 1)
            """,
            [row.nik, row.personID, row.householdID, row.noKK, row.name, row.areaCode, row.idDTKS, row.desil,
             row.since.iso, row.source.rawValue, row.sourceBatchID, now, now])
        return db.lastInsertRowID
    }

    static func update(_ id: Int64, _ row: Row, expectedVersion: Int, at date: Date, in db: Connection) throws -> Bool {
        try db.execute(
            """
            UPDATE dtks_members SET person_id = ?, household_id = ?, no_kk = ?, name = ?, area_code = ?, id_dtks = ?,
                desil = ?, since = ?, source = ?, source_batch_id = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ? AND status = 'aktif'
            """,
            [row.personID, row.householdID, row.noKK, row.name, row.areaCode, row.idDTKS, row.desil, row.since.iso,
             row.source.rawValue, row.sourceBatchID, ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    static func deactivate(
        _ id: Int64, on day: CalendarDate, reason: String, expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE dtks_members SET status = 'nonaktif', deactivated_on = ?, deactivation_reason = ?, updated_at = ?,
                version = version + 1
            WHERE id = ? AND version = ? AND status = 'aktif'
            """,
            [day.iso, reason, ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    static func member(_ row: Database.Row) throws -> DTKSMember {
        let sourceText: String = try row.get(10)
        let statusText: String = try row.get(12)
        guard let source = MemberSource(rawValue: sourceText), let status = MemberStatus(rawValue: statusText) else {
            throw DatabaseError(code: .mismatch, message: "dtks_members holds source '\(sourceText)', status '\(statusText)'")
        }
        return DTKSMember(
            id: try row.get(0), nik: try row.get(1), personID: try row.get(2), householdID: try row.get(3),
            noKK: try row.get(4), name: try row.get(5), areaCode: try row.get(6), idDTKS: try row.get(7),
            desil: try row.get(8), since: try date(row, 9), source: source, sourceBatchID: try row.get(11),
            status: status, deactivatedOn: try optionalDate(row, 13), deactivationReason: try row.get(14),
            version: try row.get(15), createdAt: try timestamp(row, 16), updatedAt: try timestamp(row, 17))
    }

    static func date(_ row: Database.Row, _ index: Int) throws -> CalendarDate {
        guard let day = try optionalDate(row, index) else {
            throw DatabaseError(code: .mismatch, message: "dtks_members: empty date in column \(index)")
        }
        return day
    }

    static func optionalDate(_ row: Database.Row, _ index: Int) throws -> CalendarDate? {
        guard let text: String = try row.get(index) else { return nil }
        guard let day = CalendarDate(iso: text) else {
            throw DatabaseError(code: .mismatch, message: "dtks_members: malformed date '\(text)'")
        }
        return day
    }

    static func timestamp(_ row: Database.Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "dtks_members: malformed timestamp '\(text)'")
        }
        return date
    }
}
