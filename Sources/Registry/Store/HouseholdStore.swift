package import Core
package import Database
package import Foundation

/// The SQL of households. Each method runs inside the caller's transaction; every read that takes
/// an id also takes the reader's `AreaScope`, so an id outside it is simply not found.
package enum HouseholdStore {
    /// The household `id` when it lies inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> Household? {
        let sql = """
            SELECT \(RegistryRows.householdColumns) FROM households AS h
            WHERE h.id = ?1 AND \(AreaScope.sqlCondition(column: "h.area_code", parameter: 2))
            """
        return try db.queryOne(sql, [id, scope.sqlArgument]).map { try RegistryRows.household($0) }
    }

    /// The active household holding `noKK`, wherever it is (duplicate checks), or nil.
    package static func findActive(noKK: String, in db: Connection) throws -> Household? {
        let sql = "SELECT \(RegistryRows.householdColumns) FROM households AS h WHERE h.no_kk = ? AND h.status = 'aktif'"
        return try db.queryOne(sql, [noKK]).map { try RegistryRows.household($0) }
    }

    /// Inserts an active household at version 1 and returns its id.
    package static func insert(_ input: HouseholdInput, overrideReason: String?, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO households (no_kk, kk_override_reason, area_code, dusun, rt, rw, address, status,
                                    created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'aktif', ?, ?, 1)
            """,
            [input.noKK, overrideReason, input.areaCode, input.dusun, input.rt, input.rw, input.address, now, now])
        return db.lastInsertRowID
    }

    /// Saves card and address if the stored version is still `expectedVersion`; false when it
    /// moved on.
    package static func update(
        _ id: Int64, _ input: HouseholdInput, overrideReason: String?, expectedVersion: Int, at date: Date,
        in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE households SET no_kk = ?, kk_override_reason = ?, area_code = ?, dusun = ?, rt = ?, rw = ?,
                address = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [input.noKK, overrideReason, input.areaCode, input.dusun, input.rt, input.rw, input.address,
             ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    /// Ends a household (pindah or bubar) if the stored version is still `expectedVersion`.
    package static func setStatus(
        _ id: Int64, _ status: HouseholdStatus, on day: CalendarDate?, reason: String, expectedVersion: Int,
        at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE households SET status = ?, status_date = ?, status_reason = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [status.rawValue, day?.iso, reason, ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    /// Marks a household changed when a member joined or left. The version stays: the card and
    /// address a form edits did not change, so an open household form is not stale.
    static func touch(_ id: Int64, at date: Date, in db: Connection) throws {
        try db.execute("UPDATE households SET updated_at = ? WHERE id = ?", [ISO8601Timestamp.format(date), id])
    }
}
