package import Core
package import Database
package import Foundation

/// One row of `slrt_letters`: the number, the verification code, and the frozen content.
package struct IssuedLetter: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let requestID: Int64?
    package let referralID: Int64?
    /// A `LetterType` raw value, or `rujukan`.
    package let letterType: String
    package let number: String
    package let sequence: Int
    package let year: Int
    package let issuedOn: CalendarDate
    package let issuedAt: Date
    package let verificationCode: String
    package let maskedName: String
    package let title: String
    package let issuer: String
    package let areaCode: String
    package let content: LetterContent
    package let revokedAt: Date?
    package let revokedReason: String?

    package var isRevoked: Bool { revokedAt != nil }

    package init(row: Row) throws {
        id = try row.get("id")
        requestID = try row.get("request_id")
        referralID = try row.get("referral_id")
        letterType = try row.get("letter_type")
        number = try row.get("number")
        sequence = try row.get("sequence")
        year = try row.get("year")
        let day: String = try row.get("issued_on")
        guard let issuedOn = CalendarDate(iso: day) else {
            throw DatabaseError(code: .mismatch, message: "slrt_letters.issued_on holds '\(day)'")
        }
        self.issuedOn = issuedOn
        let at: String = try row.get("issued_at")
        issuedAt = ISO8601Timestamp.parse(at) ?? Date(timeIntervalSince1970: 0)
        verificationCode = try row.get("verification_code")
        maskedName = try row.get("masked_name")
        title = try row.get("title")
        issuer = try row.get("issuer")
        areaCode = try row.get("area_code")
        content = try LetterContent.decode(try row.get("content"))
        let revoked: String? = try row.get("revoked_at")
        revokedAt = revoked.flatMap(ISO8601Timestamp.parse)
        revokedReason = try row.get("revoked_reason")
    }
}
