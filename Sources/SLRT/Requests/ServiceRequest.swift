import Core
package import Database
package import Foundation

/// One service request (permohonan) of the SLRT front office, as `slrt_requests` holds it.
package struct ServiceRequest: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let letterType: LetterType
    package let personID: Int64
    package let householdID: Int64
    package let applicantNIK: String
    package let applicantName: String
    package let areaCode: String
    /// The per-type purpose fields by key.
    package var purpose: [String: String]
    /// The keys of the required documents ticked as present.
    package var documents: [String]
    package var state: RequestState
    package var statusSince: Date
    /// The DTKS check's record; nil until step 2 ran.
    package var check: EligibilityFacts?
    package var checkedAt: Date?
    /// The rule's verdict at the check (nil before it).
    package var eligible: Bool?
    package var eligibilityNote: String
    package var overrideReason: String?
    package var overrideBy: Int64?
    package var recommendation: String
    package var lastNote: String
    package let createdAt: Date
    package var version: Int

    /// True when the rule said yes or the kasi overrode a no.
    package var mayBeRecommended: Bool { eligible == true || overrideReason != nil }

    /// Required documents of the type not ticked yet.
    package var missingDocuments: [RequiredDocument] {
        letterType.requiredDocuments.filter { !documents.contains($0.key) }
    }

    package init(row: Row) throws {
        id = try row.get("id")
        let type: String = try row.get("letter_type")
        guard let letterType = LetterType(rawValue: type) else {
            throw DatabaseError(code: .mismatch, message: "slrt_requests.letter_type holds unknown \(type)")
        }
        self.letterType = letterType
        personID = try row.get("person_id")
        householdID = try row.get("household_id")
        applicantNIK = try row.get("applicant_nik")
        applicantName = try row.get("applicant_name")
        areaCode = try row.get("area_code")
        purpose = (try? JSONDecoder().decode([String: String].self, from: Data((try row.get("purpose") as String).utf8))) ?? [:]
        documents = (try? JSONDecoder().decode([String].self, from: Data((try row.get("documents") as String).utf8))) ?? []
        let status: String = try row.get("status")
        guard let state = RequestState(rawValue: status) else {
            throw DatabaseError(code: .mismatch, message: "slrt_requests.status holds unknown \(status)")
        }
        self.state = state
        statusSince = try Self.date(row, "status_since")
        let checkedAtText: String? = try row.get("dtks_checked_at")
        checkedAt = checkedAtText.flatMap(ISO8601Timestamp.parse)
        if checkedAt != nil {
            let registered: Int? = try row.get("dtks_registered")
            check = EligibilityFacts(
                isDTKSMember: registered == 1, idDTKS: try row.get("dtks_id"), desil: try row.get("dtks_desil"),
                sidamesraCategory: try row.get("sidamesra_category"), sidamesraTotal: try row.get("sidamesra_total"))
        } else {
            check = nil
        }
        let eligibleValue: Int? = try row.get("eligible")
        eligible = eligibleValue.map { $0 == 1 }
        eligibilityNote = try row.get("eligibility_note")
        overrideReason = try row.get("override_reason")
        overrideBy = try row.get("override_by")
        recommendation = try row.get("recommendation")
        lastNote = try row.get("last_note")
        createdAt = try Self.date(row, "created_at")
        version = try row.get("version")
    }

    private static func date(_ row: Row, _ column: String) throws -> Date {
        let text: String = try row.get(column)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "slrt_requests.\(column) holds a malformed time '\(text)'")
        }
        return date
    }
}
