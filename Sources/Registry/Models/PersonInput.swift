package import Core

/// What a user types for a person. Choices that were empty or unknown in the form are nil (a
/// field error); `nik` nil on an edit keeps the stored NIK (a form shown to a role that sees only
/// the masked NIK has no NIK input).
package struct PersonInput: Sendable, Equatable {
    package var nik: String?
    package var nikOverrideReason: String
    package var name: String
    package var sex: Sex?
    package var birthPlace: String
    /// As typed, `YYYY-MM-DD`.
    package var birthDate: String
    package var relationship: Relationship?
    package var maritalStatus: MaritalStatus?
    package var religion: Religion?
    package var education: Education?
    package var occupation: String
    package var motherName: String
    package var disability: Disability?
    package var chronicIllness: String
    package var jknSegment: JKNSegment?

    package init(
        nik: String?, nikOverrideReason: String = "", name: String, sex: Sex?, birthPlace: String = "",
        birthDate: String, relationship: Relationship?, maritalStatus: MaritalStatus? = .single,
        religion: Religion? = .islam, education: Education? = .primary, occupation: String = "",
        motherName: String = "", disability: Disability? = Disability.none, chronicIllness: String = "",
        jknSegment: JKNSegment? = JKNSegment.none
    ) {
        self.nik = nik
        self.nikOverrideReason = nikOverrideReason
        self.name = name
        self.sex = sex
        self.birthPlace = birthPlace
        self.birthDate = birthDate
        self.relationship = relationship
        self.maritalStatus = maritalStatus
        self.religion = religion
        self.education = education
        self.occupation = occupation
        self.motherName = motherName
        self.disability = disability
        self.chronicIllness = chronicIllness
        self.jknSegment = jknSegment
    }

    /// The input that reproduces `person` (an edit form opened on it).
    package init(_ person: Person, includingNIK: Bool) {
        self.init(
            nik: includingNIK ? person.nik : nil, nikOverrideReason: person.nikOverrideReason ?? "", name: person.name,
            sex: person.sex, birthPlace: person.birthPlace, birthDate: person.birthDate.iso,
            relationship: person.relationship, maritalStatus: person.maritalStatus, religion: person.religion,
            education: person.education, occupation: person.occupation, motherName: person.motherName,
            disability: person.disability, chronicIllness: person.chronicIllness, jknSegment: person.jknSegment)
    }
}
