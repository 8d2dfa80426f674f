package import Core
package import Database
import Foundation

/// The SQL of proposals. Every read by id takes the reader's `AreaScope`, so an id outside it is
/// simply not found; every change names the version it read.
package enum ProposalStore {
    static let columns = """
        p.id, p.household_id, p.area_code, p.proposer_type, p.proposer_name, p.reason, p.has_kk, p.has_ktp, p.has_sktm,
        p.status, p.status_since, p.coordination_note, p.coordination_date, p.assessment, p.assessment_reasons,
        p.assessed_on, p.latitude, p.longitude, p.entered_at, p.match_result, p.match_reasons, p.matched_at, p.batch_id,
        p.id_dtks, p.result_status, p.result_at, p.return_reason, p.created_by, p.created_at, p.updated_at, p.version
        """

    /// Proposal `id` when its area lies inside `scope`, or nil.
    package static func find(_ id: Int64, scope: AreaScope, in db: Connection) throws -> Proposal? {
        try db.queryOne(
            "SELECT \(columns) FROM dtks_proposals AS p WHERE p.id = ?1 AND \(AreaScope.sqlCondition(column: "p.area_code", parameter: 2))",
            [id, scope.sqlArgument]
        ).map(decode)
    }

    /// The household's open proposal (not registered, not withdrawn), or nil.
    package static func open(household: Int64, in db: Connection) throws -> Proposal? {
        try db.queryOne(
            "SELECT \(columns) FROM dtks_proposals AS p WHERE p.household_id = ? AND p.status NOT IN ('terdaftar', 'dibatalkan')",
            [household]
        ).map(decode)
    }

    /// Every proposal of a household, newest first.
    package static func all(household: Int64, in db: Connection) throws -> [Proposal] {
        try db.query("SELECT \(columns) FROM dtks_proposals AS p WHERE p.household_id = ? ORDER BY p.id DESC", [household])
            .map(decode)
    }

    /// Inserts a new proposal in state `diajukan` and returns its id.
    static func insert(_ new: NewProposal, areaCode: String, by actor: Actor, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO dtks_proposals (household_id, area_code, proposer_type, proposer_name, reason, has_kk, has_ktp,
                                        has_sktm, status, status_since, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'diajukan', ?, ?, ?, ?)
            """,
            [new.householdID, areaCode, new.proposerType.rawValue, new.proposerName, new.reason,
             new.requirements.familyCard ? 1 : 0, new.requirements.identityCard ? 1 : 0,
             new.requirements.povertyLetter ? 1 : 0, now, actor.userID, now, now])
        return db.lastInsertRowID
    }

    /// Moves proposal `id` to `state` and sets `fields` if its version is still `version`; false
    /// when someone else saved it first. Column names in `fields` are constants of this module.
    static func move(
        _ id: Int64, to state: ProposalState, version: Int, setting fields: [(String, (any DatabaseValueConvertible)?)] = [],
        at date: Date, in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        let assignments = fields.map { "\($0.0) = ?" }
        let sql = "UPDATE dtks_proposals SET "
            + (["status = ?", "status_since = ?", "updated_at = ?", "version = version + 1"] + assignments).joined(separator: ", ")
            + " WHERE id = ? AND version = ?"
        var arguments: StatementArguments = [state.rawValue, now, now]
        arguments += fields.map(\.1)
        arguments += [id, version]
        try db.execute(sql, arguments)
        return db.changes == 1
    }

    static func decode(_ row: Row) throws -> Proposal {
        func date(_ index: Int) throws -> CalendarDate? {
            guard !row[index].isNull else { return nil }
            let text: String = try row.get(index)
            return CalendarDate(iso: text)
        }
        func stamp(_ index: Int) throws -> Date? {
            guard !row[index].isNull else { return nil }
            let text: String = try row.get(index)
            return ISO8601Timestamp.parse(text)
        }
        func required(_ index: Int) throws -> Date {
            guard let value = try stamp(index) else {
                throw DatabaseError(code: .mismatch, message: "dtks_proposals column \(index) holds no timestamp")
            }
            return value
        }
        let typeText: String = try row.get(3)
        let stateText: String = try row.get(9)
        guard let type = ProposerType(rawValue: typeText), let state = ProposalState(rawValue: stateText) else {
            throw DatabaseError(code: .mismatch, message: "dtks_proposals holds '\(typeText)' / '\(stateText)'")
        }
        let assessment: String? = row[13].isNull ? nil : try row.get(13)
        let match: String? = row[19].isNull ? nil : try row.get(19)
        return Proposal(
            id: try row.get(0), householdID: try row.get(1), areaCode: try row.get(2), proposerType: type,
            proposerName: try row.get(4), reason: try row.get(5),
            requirements: ProposalRequirements(
                familyCard: try row.get(6, as: Int.self) == 1, identityCard: try row.get(7, as: Int.self) == 1,
                povertyLetter: try row.get(8, as: Int.self) == 1),
            state: state, stateSince: try required(10), coordinationNote: try row.get(11), coordinationDate: try date(12),
            eligible: assessment.map { $0 == "layak" }, assessmentReasons: try row.get(14), assessedOn: try date(15),
            latitude: row[16].isNull ? nil : try row.get(16), longitude: row[17].isNull ? nil : try row.get(17),
            enteredAt: try stamp(18), matched: match.map { $0 == "padan" }, matchReasons: try row.get(20),
            matchedAt: try stamp(21), batchID: row[22].isNull ? nil : try row.get(22),
            idDTKS: row[23].isNull ? nil : try row.get(23), resultStatus: try row.get(24), resultAt: try stamp(25),
            returnReason: try row.get(26), createdBy: row[27].isNull ? nil : try row.get(27), createdAt: try required(28),
            updatedAt: try required(29), version: try row.get(30))
    }
}
