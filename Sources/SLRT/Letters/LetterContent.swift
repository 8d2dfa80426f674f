import Foundation

/// Everything an issued letter shows, frozen at issue and stored as JSON in `slrt_letters.content`:
/// the print view and the PDF are drawn from it alone, so later edits to the person, the household
/// or the settings never change a letter already issued.
package struct LetterContent: Sendable, Equatable, Codable {
    package var title: String
    package var number: String
    package var letterhead: Letterhead
    package var paragraphs: [LetterParagraph]
    /// "Bantul, 5 Oktober 2023".
    package var placeAndDate: String
    package var signatory: Signatory
    package var verificationCode: String
    /// The address the QR code carries (`<base>/verifikasi/<code>`).
    package var verificationURL: String
    /// The facts the body was rendered from (applicant, household, purpose, DTKS/SIDAMESRA).
    package var context: LetterContext

    /// The letterhead (kop surat) as printed.
    package struct Letterhead: Sendable, Equatable, Codable {
        package var government: String
        package var office: String
        package var addressLines: [String]
        /// "Telp. … · Email … · Website …".
        package var contactLine: String
        /// The attachment id of the logo at issue (the bytes are the stored logo file), nil when none.
        package var logoAttachmentID: Int64?
    }

    /// The official who signs, as printed.
    package struct Signatory: Sendable, Equatable, Codable {
        package var title: String
        package var name: String
        package var rank: String
        package var nip: String
    }

    /// The JSON stored in the column.
    package var json: String { JSONText.encode(self) ?? "{}" }

    /// The content read back from the column.
    package static func decode(_ text: String) throws -> LetterContent {
        try JSONDecoder().decode(LetterContent.self, from: Data(text.utf8))
    }
}

/// One block of the body: free text that wraps, or lines of label and value (the applicant's data).
package struct LetterParagraph: Sendable, Equatable, Codable {
    package var text: String
    package var rows: [Row]

    package struct Row: Sendable, Equatable, Codable {
        package var label: String
        package var value: String

        package init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    /// True for a block of label/value rows.
    package var isTable: Bool { !rows.isEmpty }
}
