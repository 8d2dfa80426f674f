/// What the proposal form sends: the people proposed (one household), kind, source, reason.
package struct SubmissionInput: Sendable, Equatable {
    /// The person looked up by NIK; the others are members of the same household.
    package var personIDs: [Int64]
    package var kind: String
    package var previousSegment: String
    package var source: String
    package var reason: String

    package init(personIDs: [Int64], kind: String, previousSegment: String, source: String, reason: String) {
        self.personIDs = personIDs
        self.kind = kind
        self.previousSegment = previousSegment
        self.source = source
        self.reason = reason
    }

    /// The form field names.
    package enum Field {
        package static let persons = "orang"
        package static let kind = "jenis"
        package static let previousSegment = "kepesertaan_lama"
        package static let source = "sumber"
        package static let reason = "alasan"
        package static let note = "catatan"
        package static let version = "versi"
        package static let familyCard = "berkas_kk"
        /// The personal document of person `id` (KTP, or birth certificate/KIA).
        package static func personalDocument(_ id: Int64) -> String { "berkas_\(id)" }
    }
}
