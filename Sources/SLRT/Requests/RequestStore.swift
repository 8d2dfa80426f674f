package import Core
package import Database
package import Foundation

/// The SQL of service requests. Every fetch and list filters by the user's area scope, so an id
/// outside it reads as absent (404).
package enum RequestStore {
    /// What a new row holds.
    package struct NewRow: Sendable {
        package var letterType: LetterType
        package var personID: Int64
        package var householdID: Int64
        package var applicantNIK: String
        package var applicantName: String
        package var areaCode: String
        package var purpose: [String: String]
        package var documents: [String]
        package var state: RequestState
        package var receivedBy: Int64?
    }

    /// Inserts a request at version 1 and returns its id.
    package static func insert(_ new: NewRow, at date: Date, in db: Connection) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO slrt_requests (letter_type, person_id, household_id, applicant_nik, applicant_name, area_code,
                                       purpose, documents, status, status_since, received_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [new.letterType.rawValue, new.personID, new.householdID, new.applicantNIK, new.applicantName, new.areaCode,
             JSONText.object(new.purpose), JSONText.array(new.documents), new.state.rawValue, now, new.receivedBy, now, now])
        return db.lastInsertRowID
    }

    /// The request `id` inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> ServiceRequest? {
        try db.queryOne(
            ServiceRequest.self,
            "SELECT * FROM slrt_requests WHERE id = ?1 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 2))",
            [id, scope.sqlArgument])
    }

    /// One page of the queue, newest status first within the filter, and the number of matching rows.
    package static func list(
        _ filter: RequestFilter, in scope: AreaScope, paging: Paging, db: Connection
    ) throws -> (rows: [ServiceRequest], total: Int) {
        let search = filter.search.trimmingCharacters(in: .whitespaces)
        let isNIK = search.count == 16 && search.allSatisfy(\.isASCIIDigit)
        // Overdue: the status_since (ISO-8601 UTC text, which sorts as time) of a waiting state lies
        // before that state's threshold; one JSON object {state: threshold} bound as ?8.
        let thresholds = filter.overdueOnly
            ? JSONText.object(Dictionary(uniqueKeysWithValues: filter.overdueSince.map { ($0.key.rawValue, ISO8601Timestamp.format($0.value)) }))
            : nil
        let condition = """
            \(AreaScope.sqlCondition(column: "area_code", parameter: 1))
            AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR letter_type = ?3)
            AND (?4 IS NULL OR applicant_nik = ?4) AND (?5 IS NULL OR applicant_name LIKE ?5 ESCAPE '\\')
            AND (?8 IS NULL OR status_since < json_extract(?8, '$.' || status)) AND (?9 IS NULL OR person_id = ?9)
            """
        let arguments: StatementArguments = [
            scope.sqlArgument, filter.state?.rawValue, filter.letterType?.rawValue, isNIK ? search : nil,
            !isNIK && !search.isEmpty ? "%" + LikePattern.escape(search) + "%" : nil, nil, nil, thresholds, filter.personID,
        ]
        let total = try db.scalar(Int.self, "SELECT count(*) FROM slrt_requests WHERE \(condition)", arguments)
        let page = paging.clamped(toTotal: total)
        var pageArguments = arguments
        pageArguments[5] = page.limit
        pageArguments[6] = page.offset
        let rows = try db.query(
            ServiceRequest.self,
            "SELECT * FROM slrt_requests WHERE \(condition) ORDER BY status_since, id LIMIT ?6 OFFSET ?7",
            pageArguments)
        return (rows, total)
    }

    /// Moves the request to `state` if it is still at `expectedVersion`; false when someone changed it since.
    package static func setState(
        _ id: Int64, to state: RequestState, note: String?, expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            UPDATE slrt_requests SET status = ?, status_since = ?, last_note = coalesce(?, last_note),
                updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [state.rawValue, now, note, now, id, expectedVersion])
        return db.changes == 1
    }

    /// Records the DTKS check and the rule's verdict; false on a stale version.
    package static func recordCheck(
        _ id: Int64, facts: EligibilityFacts, verdict: EligibilityVerdict, expectedVersion: Int, at date: Date,
        in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            UPDATE slrt_requests SET dtks_checked_at = ?, dtks_registered = ?, dtks_id = ?, dtks_desil = ?,
                sidamesra_category = ?, sidamesra_total = ?, eligible = ?, eligibility_note = ?,
                override_reason = NULL, override_by = NULL, override_at = NULL, updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [now, facts.isDTKSMember ? 1 : 0, facts.idDTKS, facts.desil, facts.sidamesraCategory, facts.sidamesraTotal,
             verdict.eligible ? 1 : 0, verdict.note, now, id, expectedVersion])
        return db.changes == 1
    }

    /// Records the kasi's override of a negative verdict; false on a stale version.
    package static func recordOverride(
        _ id: Int64, reason: String, by userID: Int64?, expectedVersion: Int, at date: Date, in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            UPDATE slrt_requests SET override_reason = ?, override_by = ?, override_at = ?, updated_at = ?,
                version = version + 1
            WHERE id = ? AND version = ?
            """,
            [reason, userID, now, now, id, expectedVersion])
        return db.changes == 1
    }

    /// Saves purpose fields and the ticked documents; false on a stale version.
    package static func updateDetails(
        _ id: Int64, purpose: [String: String], documents: [String], expectedVersion: Int, at date: Date,
        in db: Connection
    ) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            "UPDATE slrt_requests SET purpose = ?, documents = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            [JSONText.object(purpose), JSONText.array(documents), now, id, expectedVersion])
        return db.changes == 1
    }

    /// Saves the back office's recommendation text (with the version already bumped by the move).
    package static func setRecommendation(_ id: Int64, _ text: String, in db: Connection) throws {
        try db.execute("UPDATE slrt_requests SET recommendation = ? WHERE id = ?", [text, id])
    }
}

extension RequestStore {
    /// Requests received in [`from`, `to`) inside `scope`, in order of receipt.
    package static func received(from: Date, to: Date, in scope: AreaScope, db: Connection) throws -> [ServiceRequest] {
        try db.query(
            ServiceRequest.self,
            """
            SELECT * FROM slrt_requests WHERE created_at >= ?1 AND created_at < ?2
            AND \(AreaScope.sqlCondition(column: "area_code", parameter: 3)) ORDER BY created_at, id
            """,
            [ISO8601Timestamp.format(from), ISO8601Timestamp.format(to), scope.sqlArgument])
    }
}
