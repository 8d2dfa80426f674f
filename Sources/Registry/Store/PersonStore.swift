package import Core
package import Database
package import Foundation

/// The SQL of persons and their memberships. A person lies inside a scope when the household
/// they belong to (current, or last) does.
package enum PersonStore {
    /// The person `id` when their household lies inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> Person? {
        let sql = """
            SELECT \(RegistryRows.personColumns) FROM persons AS p JOIN households AS h ON h.id = p.household_id
            WHERE p.id = ?1 AND \(AreaScope.sqlCondition(column: "h.area_code", parameter: 2))
            """
        return try db.queryOne(sql, [id, scope.sqlArgument]).map { try RegistryRows.person($0) }
    }

    /// The person holding `nik` with the area of their household, wherever it is, or nil.
    package static func find(nik: String, in db: Connection) throws -> (person: Person, areaCode: String)? {
        let sql = """
            SELECT \(RegistryRows.personColumns), h.area_code FROM persons AS p JOIN households AS h ON h.id = p.household_id
            WHERE p.nik = ?
            """
        guard let row = try db.queryOne(sql, [nik]) else { return nil }
        return (try RegistryRows.person(row), try row.get(22))
    }

    /// Everyone whose current or last household is `householdID`: the head first, then by
    /// relationship order and birth date.
    package static func members(of householdID: Int64, in db: Connection) throws -> [Person] {
        try db.query(
            """
            SELECT \(RegistryRows.personColumns) FROM persons AS p WHERE p.household_id = ?
            ORDER BY p.status <> 'hidup', p.relationship <> 'kepala', p.birth_date, p.id
            """,
            [householdID]
        ).map { try RegistryRows.person($0) }
    }

    /// Inserts a living person at version 1 in `householdID` and opens their membership.
    package static func insert(
        _ input: ValidPerson, householdID: Int64, reason: String, at date: Date, in db: Connection
    ) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO persons (nik, nik_override_reason, name, sex, birth_place, birth_date, relationship,
                                 marital_status, religion, education, occupation, mother_name, disability,
                                 chronic_illness, jkn_segment, status, household_id, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hidup', ?, ?, ?, 1)
            """,
            input.arguments + [householdID, now, now])
        let id = db.lastInsertRowID
        try openMembership(person: id, household: householdID, relationship: input.relationship, reason: reason, at: date, in: db)
        return id
    }

    /// Saves a person's data if the stored version is still `expectedVersion`.
    package static func update(
        _ id: Int64, _ input: ValidPerson, expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE persons SET nik = ?, nik_override_reason = ?, name = ?, sex = ?, birth_place = ?, birth_date = ?,
                relationship = ?, marital_status = ?, religion = ?, education = ?, occupation = ?, mother_name = ?,
                disability = ?, chronic_illness = ?, jkn_segment = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            input.arguments + [ISO8601Timestamp.format(date), id, expectedVersion])
        guard db.changes == 1 else { return false }
        try db.execute(
            "UPDATE household_memberships SET relationship = ? WHERE person_id = ? AND ended_at IS NULL",
            [input.relationship.rawValue, id])
        return true
    }

    /// Moves a person to `householdID` if the stored version is still `expectedVersion`: the open
    /// membership ends, a new one starts.
    package static func move(
        _ id: Int64, to householdID: Int64, relationship: Relationship, reason: String, expectedVersion: Int,
        at date: Date, in db: Connection
    ) throws -> Bool {
        try db.execute(
            """
            UPDATE persons SET household_id = ?, relationship = ?, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [householdID, relationship.rawValue, ISO8601Timestamp.format(date), id, expectedVersion])
        guard db.changes == 1 else { return false }
        try closeMembership(person: id, reason: reason, at: date, in: db)
        try openMembership(person: id, household: householdID, relationship: relationship, reason: reason, at: date, in: db)
        return true
    }

    /// Marks a person dead or moved away on `day` and ends their membership.
    package static func setStatus(
        _ id: Int64, _ status: PersonStatus, on day: CalendarDate, reason: String, expectedVersion: Int, at date: Date,
        in db: Connection
    ) throws -> Bool {
        try db.execute(
            "UPDATE persons SET status = ?, status_date = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            [status.rawValue, day.iso, ISO8601Timestamp.format(date), id, expectedVersion])
        guard db.changes == 1 else { return false }
        try closeMembership(person: id, reason: reason, at: date, in: db)
        return true
    }

    /// Every stay of a person, oldest first.
    package static func memberships(of personID: Int64, in db: Connection) throws -> [Membership] {
        try memberships(where: "person_id = ?", personID, in: db)
    }

    /// Every stay in a household (members who left included), oldest first.
    package static func memberships(inHousehold householdID: Int64, in db: Connection) throws -> [Membership] {
        try memberships(where: "household_id = ?", householdID, in: db)
    }

    private static func memberships(where condition: String, _ id: Int64, in db: Connection) throws -> [Membership] {
        try db.query(
            """
            SELECT id, person_id, household_id, relationship, started_at, ended_at, start_reason, end_reason
            FROM household_memberships WHERE \(condition) ORDER BY started_at, id
            """,
            [id]
        ).map { row in
            let ended: String? = try row.get(5)
            return Membership(
                id: try row.get(0), personID: try row.get(1), householdID: try row.get(2),
                relationship: Relationship(rawValue: try row.get(3)) ?? .other,
                startedAt: try RegistryRows.timestamp(row, 4), endedAt: ended.flatMap(ISO8601Timestamp.parse),
                startReason: try row.get(6), endReason: try row.get(7))
        }
    }

    private static func openMembership(
        person: Int64, household: Int64, relationship: Relationship, reason: String, at date: Date, in db: Connection
    ) throws {
        try db.execute(
            """
            INSERT INTO household_memberships (person_id, household_id, relationship, started_at, start_reason)
            VALUES (?, ?, ?, ?, ?)
            """,
            [person, household, relationship.rawValue, ISO8601Timestamp.format(date), reason])
    }

    private static func closeMembership(person: Int64, reason: String, at date: Date, in db: Connection) throws {
        try db.execute(
            "UPDATE household_memberships SET ended_at = ?, end_reason = ? WHERE person_id = ? AND ended_at IS NULL",
            [ISO8601Timestamp.format(date), reason, person])
    }
}
