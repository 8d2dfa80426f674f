package import Database
package import Foundation

/// One person's proposal for PBI APBD (a row of `sidakis_proposals`). The person's data is read
/// from the register when shown; `nik` and `name` are what was proposed, for lists and the BNBA.
package struct Proposal: Sendable, Equatable, Identifiable, RowDecodable {
    package let id: Int64
    package let registrationNumber: String
    package let kind: ProposalKind
    package let previousSegment: PreviousSegment?
    package let source: ProposalSource
    package let personID: Int64
    package let nik: String
    package let name: String
    package let householdID: Int64
    /// The desa (kalurahan) of the person's household when proposed; area scoping reads it.
    package let areaCode: String
    /// The id of the first proposal of a whole-family submission; nil for a single person.
    package let familyGroup: Int64?
    package let reason: String
    package let status: ProposalStatus
    package let statusSince: Date
    package let lastNote: String
    package let proposerID: Int64?
    package let proposerName: String
    package let batchID: Int64?
    package let kisNumber: String?
    package let resultReason: String
    package let approvedAt: Date?
    package let createdAt: Date
    package let updatedAt: Date
    /// Optimistic lock: every move names the version it read.
    package let version: Int

    package init(row: Row) throws {
        id = try row.get(0)
        registrationNumber = try row.get(1)
        kind = try Self.decode(row, 2)
        previousSegment = row[3].isNull ? nil : try Self.decode(row, 3) as PreviousSegment
        source = try Self.decode(row, 4)
        personID = try row.get(5)
        nik = try row.get(6)
        name = try row.get(7)
        householdID = try row.get(8)
        areaCode = try row.get(9)
        familyGroup = row[10].isNull ? nil : try row.get(10)
        reason = try row.get(11)
        status = try Self.decode(row, 12)
        statusSince = try Self.date(row, 13)
        lastNote = try row.get(14)
        proposerID = row[15].isNull ? nil : try row.get(15)
        proposerName = try row.get(16)
        batchID = row[17].isNull ? nil : try row.get(17)
        kisNumber = row[18].isNull ? nil : try row.get(18)
        resultReason = try row.get(19)
        approvedAt = row[20].isNull ? nil : try Self.date(row, 20)
        createdAt = try Self.date(row, 21)
        updatedAt = try Self.date(row, 22)
        version = try row.get(23)
    }

    /// The columns in the order `init(row:)` reads them, qualified by `p.`.
    static let columns = """
        p.id, p.registration_number, p.kind, p.previous_segment, p.source, p.person_id, p.nik, p.name,
        p.household_id, p.area_code, p.family_group, p.reason, p.status, p.status_since, p.last_note, p.proposer_id,
        p.proposer_name, p.batch_id, p.kis_number, p.result_reason, p.approved_at, p.created_at, p.updated_at, p.version
        """

    private static func decode<T: RawRepresentable<String>>(_ row: Row, _ index: Int) throws -> T {
        let text: String = try row.get(index)
        guard let value = T(rawValue: text) else {
            throw DatabaseError(code: .mismatch, message: "sidakis_proposals column \(index) holds unknown value \(text)")
        }
        return value
    }

    private static func date(_ row: Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "sidakis_proposals column \(index) holds a malformed time \(text)")
        }
        return date
    }
}
