package import Core
package import Database
import Foundation

/// The SQL of verivali rounds and their entries; each method runs inside the caller's transaction.
package enum VerivaliStore {
    static func insertRound(name: String, openedOn: CalendarDate, createdBy: Int64?, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            "INSERT INTO verivali_rounds (name, opened_on, status, created_by, created_at, updated_at) VALUES (?, ?, 'terbuka', ?, ?, ?)",
            [name, openedOn.iso, createdBy, now, now])
        return db.lastInsertRowID
    }

    /// Adds the desa and lists the households with an active registration there; returns how many.
    static func addArea(_ code: String, to roundID: Int64, in db: Connection) throws -> Int {
        try db.execute("INSERT INTO verivali_round_areas (round_id, area_code) VALUES (?, ?)", [roundID, code])
        try db.execute(
            """
            INSERT INTO verivali_entries (round_id, household_id, area_code)
            SELECT DISTINCT ?1, h.id, h.area_code FROM households AS h
            WHERE h.area_code = ?2 AND h.status = 'aktif'
              AND EXISTS (SELECT 1 FROM dtks_members AS m WHERE m.household_id = h.id AND m.status = 'aktif')
            ORDER BY h.id
            """,
            [roundID, code])
        return db.changes
    }

    /// The name of an open round covering desa `code`, or nil: a household is checked by one
    /// round at a time.
    static func openRound(covering code: String, in db: Connection) throws -> String? {
        try db.queryOne(
            """
            SELECT r.name FROM verivali_rounds AS r JOIN verivali_round_areas AS ra ON ra.round_id = r.id
            WHERE ra.area_code = ? AND r.status = 'terbuka' LIMIT 1
            """,
            [code]
        ).map { try $0.get(0) }
    }

    /// Round `id` when at least one of its desa lies inside `scope`, or nil.
    package static func round(_ id: Int64, in scope: AreaScope, db: Connection) throws -> VerivaliRound? {
        guard let row = try db.queryOne(
            "SELECT id, name, opened_on, status, closed_on, version FROM verivali_rounds WHERE id = ?", [id])
        else { return nil }
        let codes: [String] = try db.query(
            "SELECT area_code FROM verivali_round_areas WHERE round_id = ? ORDER BY area_code", [id]
        ).map { try $0.get(0) }
        guard codes.contains(where: scope.contains) else { return nil }
        return try round(row, codes: codes)
    }

    /// The rounds touching `scope`, newest first.
    package static func rounds(in scope: AreaScope, db: Connection) throws -> [VerivaliRound] {
        let ids: [Int64] = try db.query("SELECT id FROM verivali_rounds ORDER BY id DESC LIMIT 200").map { try $0.get(0) }
        return try ids.compactMap { try round($0, in: scope, db: db) }
    }

    private static func round(_ row: Row, codes: [String]) throws -> VerivaliRound {
        let statusText: String = try row.get(3)
        guard let opened = CalendarDate(iso: try row.get(2)), let status = VerivaliRound.Status(rawValue: statusText) else {
            throw DatabaseError(code: .mismatch, message: "verivali_rounds row \(try row.get(0) as Int64) is malformed")
        }
        let closed: String? = try row.get(4)
        return VerivaliRound(
            id: try row.get(0), name: try row.get(1), openedOn: opened, status: status,
            closedOn: closed.flatMap(CalendarDate.init(iso:)), areaCodes: codes, version: try row.get(5))
    }

    /// The entries of a round inside `scope` (and in `areaCode` when given), by desa and No KK.
    package static func entries(
        of roundID: Int64, areaCode: String? = nil, in scope: AreaScope, paging: Paging? = nil, db: Connection
    ) throws -> [VerivaliEntry] {
        try db.query(
            """
            SELECT e.id, e.round_id, e.household_id, e.area_code, h.no_kk,
                   coalesce((SELECT p.name FROM persons AS p WHERE p.household_id = h.id AND p.relationship = 'kepala'
                             AND p.status = 'hidup' LIMIT 1), ''),
                   (SELECT count(*) FROM dtks_members AS m WHERE m.household_id = h.id AND m.status = 'aktif'),
                   e.result, e.note, e.visited_on, e.applied_at IS NOT NULL, e.version
            FROM verivali_entries AS e JOIN households AS h ON h.id = e.household_id
            WHERE e.round_id = ?1 AND \(AreaScope.sqlCondition(column: "e.area_code", parameter: 2))
              AND (?3 IS NULL OR e.area_code = ?3)
            ORDER BY e.area_code, h.no_kk, e.id LIMIT ?4 OFFSET ?5
            """,
            [roundID, scope.sqlArgument, areaCode, paging?.limit ?? -1, paging?.offset ?? 0]
        ).map { row in
            let result: Int? = try row.get(7)
            let visited: String? = try row.get(9)
            return VerivaliEntry(
                id: try row.get(0), roundID: try row.get(1), householdID: try row.get(2), areaCode: try row.get(3),
                noKK: try row.get(4), headName: try row.get(5), registeredCount: try row.get(6),
                result: result.flatMap(VerivaliResult.init(rawValue:)), note: try row.get(8),
                visitedOn: visited.flatMap(CalendarDate.init(iso:)), applied: try row.get(10), version: try row.get(11))
        }
    }

    /// How many entries of a round lie inside `scope` (and in `areaCode` when given).
    package static func entryCount(of roundID: Int64, areaCode: String? = nil, in scope: AreaScope, db: Connection) throws -> Int {
        try db.scalar(
            Int.self,
            """
            SELECT count(*) FROM verivali_entries AS e
            WHERE e.round_id = ?1 AND \(AreaScope.sqlCondition(column: "e.area_code", parameter: 2))
              AND (?3 IS NULL OR e.area_code = ?3)
            """,
            [roundID, scope.sqlArgument, areaCode])
    }

    static func record(
        _ entryID: Int64, result: VerivaliResult?, note: String, visitedOn: CalendarDate?, by userID: Int64?,
        expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE verivali_entries SET result = ?, note = ?, visited_on = ?, recorded_by = ?, recorded_at = ?,
                version = version + 1
            WHERE id = ? AND version = ? AND applied_at IS NULL
            """,
            [result?.rawValue, note, visitedOn?.iso, result == nil ? nil : userID,
             result == nil ? nil : ISO8601Timestamp.format(date), entryID, expectedVersion])
        return db.changes == 1
    }

    static func unrecordedCount(of roundID: Int64, in db: Connection) throws -> Int {
        try db.scalar(Int.self, "SELECT count(*) FROM verivali_entries WHERE round_id = ? AND result IS NULL", [roundID])
    }

    static func markApplied(_ entryID: Int64, at date: Date, in db: Connection) throws {
        try db.execute("UPDATE verivali_entries SET applied_at = ? WHERE id = ?", [ISO8601Timestamp.format(date), entryID])
    }

    static func close(_ roundID: Int64, on day: CalendarDate, expectedVersion: Int, at date: Date, in db: Connection) throws -> Bool {
        try db.execute(
            """
            UPDATE verivali_rounds SET status = 'ditutup', closed_on = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ? AND status = 'terbuka'
            """,
            [day.iso, ISO8601Timestamp.format(date), roundID, expectedVersion])
        return db.changes == 1
    }

    /// The report: per desa of the round inside `scope`, households and counts per result code.
    package static func summary(of roundID: Int64, in scope: AreaScope, db: Connection) throws -> [VerivaliAreaSummary] {
        try db.query(
            """
            SELECT ra.area_code, coalesce(a.name, ra.area_code), count(e.id),
                   sum(e.result = 1), sum(e.result = 2), sum(e.result = 3), sum(e.result = 4), sum(e.result = 5),
                   sum(e.result = 6), sum(e.result = 7), sum(e.id IS NOT NULL AND e.result IS NULL)
            FROM verivali_round_areas AS ra
            LEFT JOIN areas AS a ON a.code = ra.area_code
            LEFT JOIN verivali_entries AS e ON e.round_id = ra.round_id AND e.area_code = ra.area_code
            WHERE ra.round_id = ?1 AND \(AreaScope.sqlCondition(column: "ra.area_code", parameter: 2))
            GROUP BY ra.area_code ORDER BY ra.area_code
            """,
            [roundID, scope.sqlArgument]
        ).map { row in
            let counts: [Int] = try (3...9).map { index in (try row.get(index) as Int?) ?? 0 }
            return VerivaliAreaSummary(
                areaCode: try row.get(0), areaName: try row.get(1), households: try row.get(2), counts: counts,
                unrecorded: (try row.get(10) as Int?) ?? 0)
        }
    }
}
