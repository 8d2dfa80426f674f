/// What the public page `/verifikasi/{code}` may tell anyone holding a letter: its number, type,
/// date, issuer and the applicant's masked name, whether it was revoked, or that the code is unknown.
/// Nothing else about the person.
package struct VerificationResult: Sendable, Equatable, Encodable {
    package let known: Bool
    package let valid: Bool
    package let revoked: Bool
    package let number: String
    package let title: String
    package let issuedOn: String
    package let issuer: String
    package let maskedName: String
    package let revokedOn: String
    package let revokedReason: String

    /// The answer for a code that names no letter.
    package static let unknown = VerificationResult(
        known: false, valid: false, revoked: false, number: "", title: "", issuedOn: "", issuer: "", maskedName: "",
        revokedOn: "", revokedReason: "")

    /// The public facts of `letter`; dates in the deployment's time zone.
    package init(_ letter: IssuedLetter, timeZone: String) {
        self.init(
            known: true, valid: !letter.isRevoked, revoked: letter.isRevoked, number: letter.number, title: letter.title,
            issuedOn: letter.issuedOn.indonesian, issuer: letter.issuer, maskedName: letter.maskedName,
            revokedOn: letter.revokedAt.map { CalendarDateText.day($0, timeZone: timeZone) } ?? "",
            revokedReason: letter.revokedReason ?? "")
    }

    private init(
        known: Bool, valid: Bool, revoked: Bool, number: String, title: String, issuedOn: String, issuer: String,
        maskedName: String, revokedOn: String, revokedReason: String
    ) {
        self.known = known
        self.valid = valid
        self.revoked = revoked
        self.number = number
        self.title = title
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.maskedName = maskedName
        self.revokedOn = revokedOn
        self.revokedReason = revokedReason
    }
}
