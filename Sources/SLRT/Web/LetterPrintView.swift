import Core

/// The A4 print view of an issued letter, drawn from its frozen content only.
struct LetterPrintView: Encodable {
    struct Paragraph: Encodable {
        let text: String
        let isTable: Bool
        let rows: [LetterParagraph.Row]
    }

    let id: Int64
    let title: String
    let number: String
    let government: String
    let office: String
    let addressLines: [String]
    let contactLine: String
    let hasLogo: Bool
    let paragraphs: [Paragraph]
    let placeAndDate: String
    let signatory: LetterContent.Signatory
    let verificationURL: String
    let qrSVG: String
    let revoked: Bool
    let revokedReason: String
    let backPath: String

    init(_ letter: IssuedLetter, qrSVG: String) {
        let content = letter.content
        id = letter.id
        title = content.title
        number = content.number
        government = content.letterhead.government
        office = content.letterhead.office
        addressLines = content.letterhead.addressLines
        contactLine = content.letterhead.contactLine
        hasLogo = content.letterhead.logoAttachmentID != nil
        paragraphs = content.paragraphs.map { Paragraph(text: $0.text, isTable: $0.isTable, rows: $0.rows) }
        placeAndDate = content.placeAndDate
        signatory = content.signatory
        verificationURL = content.verificationURL
        self.qrSVG = qrSVG
        revoked = letter.isRevoked
        revokedReason = letter.revokedReason ?? ""
        backPath = letter.requestID.map { "/slrt/permohonan/\($0)" } ?? letter.referralID.map { "/slrt/rujukan/\($0)" } ?? "/slrt"
    }
}
