import Core
package import Registry

/// What the front office types for a new request: the letter type, the applicant's NIK, the
/// purpose fields and the ticked documents; and, when the NIK is not in the register yet, the
/// data to register the applicant on the spot.
package struct RequestInput: Sendable, Equatable {
    package var letterType: LetterType?
    package var nik: String
    package var purpose: [String: String]
    package var documents: [String]
    package var registration: Registration?

    package init(
        letterType: LetterType?, nik: String, purpose: [String: String], documents: [String],
        registration: Registration? = nil
    ) {
        self.letterType = letterType
        self.nik = nik
        self.purpose = purpose
        self.documents = documents
        self.registration = registration
    }

    /// A new applicant: their person data, and the household by No KK (joined when the register
    /// has an active household with that number, created with them as head otherwise).
    package struct Registration: Sendable, Equatable {
        package var person: PersonInput
        package var household: HouseholdInput

        package init(person: PersonInput, household: HouseholdInput) {
            self.person = person
            self.household = household
        }
    }
}
