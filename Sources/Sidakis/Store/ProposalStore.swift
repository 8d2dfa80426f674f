package import Core
package import Database
package import Foundation

/// The SQL of proposals. Every fetch by id and every list takes the user's area scope, so a
/// proposal outside it is not found.
package enum ProposalStore {
    /// What a new proposal row holds.
    package struct NewRow: Sendable {
        package var registrationNumber: String
        package var kind: ProposalKind
        package var previousSegment: PreviousSegment?
        package var source: ProposalSource
        package var personID: Int64
        package var nik: String
        package var name: String
        package var householdID: Int64
        package var areaCode: String
        package var familyGroup: Int64?
        package var reason: String
        package var status: ProposalStatus
        package var proposerID: Int64?
        package var proposerName: String
    }

    package static func insert(_ row: NewRow, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO sidakis_proposals (registration_number, kind, previous_segment, source, person_id, nik, name,
                household_id, area_code, family_group, reason, status, status_since, proposer_id, proposer_name,
                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """,
            [row.registrationNumber, row.kind.rawValue, row.previousSegment?.rawValue, row.source.rawValue, row.personID,
             row.nik, row.name, row.householdID, row.areaCode, row.familyGroup, row.reason, row.status.rawValue, now,
             row.proposerID, row.proposerName, now, now])
        return db.lastInsertRowID
    }

    /// Links the proposals of one family to the first one's id.
    package static func setFamilyGroup(_ group: Int64, for ids: [Int64], in db: Connection) throws {
        for id in ids {
            try db.execute("UPDATE sidakis_proposals SET family_group = ? WHERE id = ?", [group, id])
        }
    }

    /// The proposal `id` inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> Proposal? {
        try db.queryOne(
            Proposal.self,
            "SELECT \(Proposal.columns) FROM sidakis_proposals AS p WHERE p.id = ?1 AND \(AreaScope.sqlCondition(column: "p.area_code", parameter: 2))",
            [id, scope.sqlArgument])
    }

    /// What a move changes besides the status.
    package struct MoveChanges: Sendable {
        package var note: String?
        package var batchID: Int64?
        package var kisNumber: String?
        package var resultReason: String?
        package var approvedAt: Date?
        package var clearBatch = false

        package init(
            note: String? = nil, batchID: Int64? = nil, kisNumber: String? = nil, resultReason: String? = nil,
            approvedAt: Date? = nil, clearBatch: Bool = false
        ) {
            self.note = note
            self.batchID = batchID
            self.kisNumber = kisNumber
            self.resultReason = resultReason
            self.approvedAt = approvedAt
            self.clearBatch = clearBatch
        }
    }

    /// Moves the proposal to `status` if the stored version is still `expectedVersion` (the
    /// optimistic lock: false means someone else acted first and nothing was written).
    package static func move(
        _ id: Int64, to status: ProposalStatus, expectedVersion: Int, changes: MoveChanges, at date: Date,
        in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            UPDATE sidakis_proposals SET status = ?1, status_since = ?2, updated_at = ?2, version = version + 1,
                last_note = coalesce(?3, last_note),
                batch_id = CASE WHEN ?8 THEN NULL ELSE coalesce(?4, batch_id) END,
                kis_number = coalesce(?5, kis_number),
                result_reason = coalesce(?6, result_reason),
                approved_at = coalesce(?7, approved_at)
            WHERE id = ?9 AND version = ?10
            """,
            [status.rawValue, now, changes.note, changes.batchID, changes.kisNumber, changes.resultReason,
             changes.approvedAt.map(ISO8601Timestamp.format), changes.clearBatch, id, expectedVersion])
        return db.changes == 1
    }

    /// Saves a returned proposal's corrected fields (before its resubmission move).
    package static func correct(
        _ id: Int64, kind: ProposalKind, previousSegment: PreviousSegment?, source: ProposalSource, reason: String,
        in db: Connection
    ) throws {
        try db.execute(
            "UPDATE sidakis_proposals SET kind = ?, previous_segment = ?, source = ?, reason = ? WHERE id = ?",
            [kind.rawValue, previousSegment?.rawValue, source.rawValue, reason, id])
    }

    private static func conditions(_ filter: ProposalFilter) -> (String, StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = []
        var next = 2
        func add(_ clause: String, _ value: (any DatabaseValueConvertible)?) {
            sql += " AND " + clause.replacingOccurrences(of: "?", with: "?\(next)")
            arguments.append(value)
            next += 1
        }
        if let status = filter.status { add("p.status = ?", status.rawValue) }
        if let area = filter.areaCode {
            sql += " AND (p.area_code = ?\(next) OR (p.area_code >= ?\(next) || '.' AND p.area_code < ?\(next) || '/'))"
            arguments.append(area)
            next += 1
        }
        if let kind = filter.kind { add("p.kind = ?", kind.rawValue) }
        if let source = filter.source { add("p.source = ?", source.rawValue) }
        if let from = filter.submittedFrom { add("p.created_at >= ?", from) }
        if let until = filter.submittedUntil { add("p.created_at < ?", until) }
        if let proposer = filter.proposerID { add("p.proposer_id = ?", proposer) }
        if let batch = filter.batchID { add("p.batch_id = ?", batch) }
        if let nik = filter.nik { add("p.nik = ?", nik) }
        return (sql, arguments)
    }

    /// How many proposals inside `scope` match `filter`.
    package static func count(_ filter: ProposalFilter, scope: AreaScope, in db: Connection) throws -> Int {
        let (sql, arguments) = conditions(filter)
        return try db.scalar(
            Int.self,
            "SELECT count(*) FROM sidakis_proposals AS p WHERE \(AreaScope.sqlCondition(column: "p.area_code", parameter: 1))\(sql)",
            [scope.sqlArgument] + arguments)
    }

    /// One page of proposals, oldest in their state first (the queue's order of work).
    package static func page(
        _ filter: ProposalFilter, scope: AreaScope, limit: Int, offset: Int, in db: Connection
    ) throws -> [Proposal] {
        let (sql, arguments) = conditions(filter)
        let next = arguments.count + 2
        return try db.query(
            Proposal.self,
            """
            SELECT \(Proposal.columns) FROM sidakis_proposals AS p
            WHERE \(AreaScope.sqlCondition(column: "p.area_code", parameter: 1))\(sql)
            ORDER BY p.status_since, p.id LIMIT ?\(next) OFFSET ?\(next + 1)
            """,
            [scope.sqlArgument] + arguments + [limit, offset])
    }

    /// Every proposal matching `filter` inside `scope`, in registration order.
    package static func all(_ filter: ProposalFilter, scope: AreaScope, in db: Connection) throws -> [Proposal] {
        let (sql, arguments) = conditions(filter)
        return try db.query(
            Proposal.self,
            """
            SELECT \(Proposal.columns) FROM sidakis_proposals AS p
            WHERE \(AreaScope.sqlCondition(column: "p.area_code", parameter: 1))\(sql) ORDER BY p.id
            """,
            [scope.sqlArgument] + arguments)
    }

    /// How many proposals inside `scope` wait in each state.
    package static func countsByStatus(scope: AreaScope, proposerID: Int64? = nil, in db: Connection) throws -> [ProposalStatus: Int] {
        var counts: [ProposalStatus: Int] = [:]
        try db.forEach(
            """
            SELECT p.status, count(*) FROM sidakis_proposals AS p
            WHERE \(AreaScope.sqlCondition(column: "p.area_code", parameter: 1)) AND (?2 IS NULL OR p.proposer_id = ?2)
            GROUP BY p.status
            """,
            [scope.sqlArgument, proposerID]
        ) { row in
            let status: String = try row.get(0)
            if let known = ProposalStatus(rawValue: status) { counts[known] = try row.get(1) }
        }
        return counts
    }

    /// Other proposals for the same NIK that are not closed (a warning on the verification page).
    package static func openProposals(nik: String, excluding id: Int64, in db: Connection) throws -> [Proposal] {
        try db.query(
            Proposal.self,
            """
            SELECT \(Proposal.columns) FROM sidakis_proposals AS p
            WHERE p.nik = ? AND p.id <> ? AND p.status NOT IN ('berhasil', 'tidak_berhasil') ORDER BY p.id
            """,
            [nik, id])
    }

    /// The proposals of one family submission, in order.
    package static func family(_ group: Int64, in db: Connection) throws -> [Proposal] {
        try db.query(
            Proposal.self, "SELECT \(Proposal.columns) FROM sidakis_proposals AS p WHERE p.family_group = ? ORDER BY p.id",
            [group])
    }

    /// Proposals not yet closed and not yet succeeded, counted per kapanewon code for the budget's
    /// projection (approved, in verification, in activation: everything that may still become PBI APBD).
    package static func pendingByKecamatan(in db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try db.forEach(
            """
            SELECT substr(p.area_code, 1, 8), count(*) FROM sidakis_proposals AS p
            WHERE p.status NOT IN ('berhasil', 'tidak_berhasil', 'dikembalikan')
            GROUP BY substr(p.area_code, 1, 8)
            """
        ) { row in counts[try row.get(0)] = try row.get(1) }
        return counts
    }
}
