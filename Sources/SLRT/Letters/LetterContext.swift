/// The facts a letter's body template (`Templates/letters/<type>.mustache`) is rendered with.
package struct LetterContext: Sendable, Equatable, Codable {
    package var letterTitle: String
    package var number: String
    package var place: String
    /// "5 Oktober 2023".
    package var date: String
    package var applicant: Applicant
    package var household: HouseholdFacts
    /// The purpose fields as label/value, in the type's order, and by key for templates.
    package var purposeLines: [PurposeLine]
    package var purpose: [String: String]
    package var dtks: DTKSFacts
    package var sidamesra: SidamesraFacts
    package var signatory: LetterContent.Signatory
    package var instansi: String
    /// The referral letter's partner and need (empty for the six request letters).
    package var partner: String
    package var need: String

    package struct Applicant: Sendable, Equatable, Codable {
        package var name: String
        package var nik: String
        package var birthPlace: String
        /// "15 Mei 1980".
        package var birthDate: String
        package var sex: String
        package var relationship: String
        package var occupation: String
    }

    package struct HouseholdFacts: Sendable, Equatable, Codable {
        package var noKK: String
        package var address: String
        package var rt: String
        package var rw: String
        package var dusun: String
        package var desa: String
        package var kecamatan: String
        /// "Jl. Mawar 7, Padukuhan Kauman, RT 003/RW 001, Kalurahan Poncosari, Kapanewon Srandakan".
        package var fullAddress: String
    }

    package struct PurposeLine: Sendable, Equatable, Codable {
        package var label: String
        package var value: String
    }

    package struct DTKSFacts: Sendable, Equatable, Codable {
        package var registered: Bool
        package var idDTKS: String
        package var desil: String
        package var text: String
    }

    package struct SidamesraFacts: Sendable, Equatable, Codable {
        package var assessed: Bool
        package var category: String
        package var total: String
        package var text: String
    }
}
