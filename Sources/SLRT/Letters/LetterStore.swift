package import Core
package import Database
package import Foundation

/// The SQL of issued letters.
package enum LetterStore {
    /// What a new letter row holds.
    package struct NewRow: Sendable {
        package var requestID: Int64?
        package var referralID: Int64?
        package var letterType: String
        package var number: String
        package var series: String
        package var sequence: Int
        package var year: Int
        package var issuedOn: CalendarDate
        package var verificationCode: String
        package var maskedName: String
        package var title: String
        package var issuer: String
        package var areaCode: String
        package var content: LetterContent
        package var issuedBy: Int64?
    }

    package static func insert(_ new: NewRow, at date: Date, in db: Connection) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO slrt_letters (request_id, referral_id, letter_type, number, series, sequence, year, issued_on,
                                      issued_at, verification_code, masked_name, title, issuer, area_code, content, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [new.requestID, new.referralID, new.letterType, new.number, new.series, new.sequence, new.year,
             new.issuedOn.iso, ISO8601Timestamp.format(date), new.verificationCode, new.maskedName, new.title, new.issuer,
             new.areaCode, new.content.json, new.issuedBy])
        return db.lastInsertRowID
    }

    /// The letter `id` inside `scope`, or nil.
    package static func find(_ id: Int64, in scope: AreaScope, db: Connection) throws -> IssuedLetter? {
        try db.queryOne(
            IssuedLetter.self,
            "SELECT * FROM slrt_letters WHERE id = ?1 AND \(AreaScope.sqlCondition(column: "area_code", parameter: 2))",
            [id, scope.sqlArgument])
    }

    /// The letter of request `requestID`, or nil.
    package static func find(request requestID: Int64, in db: Connection) throws -> IssuedLetter? {
        try db.queryOne(IssuedLetter.self, "SELECT * FROM slrt_letters WHERE request_id = ?", [requestID])
    }

    /// The letter of referral `referralID`, or nil.
    package static func find(referral referralID: Int64, in db: Connection) throws -> IssuedLetter? {
        try db.queryOne(IssuedLetter.self, "SELECT * FROM slrt_letters WHERE referral_id = ?", [referralID])
    }

    /// The letter with verification code `code`, or nil (the public page: no scope).
    package static func find(code: String, in db: Connection) throws -> IssuedLetter? {
        try db.queryOne(IssuedLetter.self, "SELECT * FROM slrt_letters WHERE verification_code = ?", [code])
    }

    /// Letters issued from `from` to `through` inclusive, inside `scope`, in issue order.
    package static func issued(
        from: CalendarDate, through: CalendarDate, in scope: AreaScope, db: Connection
    ) throws -> [IssuedLetter] {
        try db.query(
            IssuedLetter.self,
            """
            SELECT * FROM slrt_letters WHERE issued_on BETWEEN ?1 AND ?2
            AND \(AreaScope.sqlCondition(column: "area_code", parameter: 3)) ORDER BY issued_on, id
            """,
            [from.iso, through.iso, scope.sqlArgument])
    }

    /// Marks the letter revoked; false when it already was.
    package static func revoke(_ id: Int64, reason: String, by userID: Int64?, at date: Date, in db: Connection) throws -> Bool {
        try db.execute(
            "UPDATE slrt_letters SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
            [ISO8601Timestamp.format(date), reason, userID, id])
        return db.changes == 1
    }
}
