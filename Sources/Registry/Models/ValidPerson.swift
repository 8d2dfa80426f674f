package import Core
import Database

/// A person's data after the service checked it: every choice made, the NIK normalised.
package struct ValidPerson: Sendable, Equatable {
    package var nik: String
    package var nikOverrideReason: String?
    package var name: String
    package var sex: Sex
    package var birthPlace: String
    package var birthDate: CalendarDate
    package var relationship: Relationship
    package var maritalStatus: MaritalStatus
    package var religion: Religion
    package var education: Education
    package var occupation: String
    package var motherName: String
    package var disability: Disability
    package var chronicIllness: String
    package var jknSegment: JKNSegment

    /// A checked person (imports that did their own checks build these directly).
    package init(
        nik: String, nikOverrideReason: String?, name: String, sex: Sex, birthPlace: String, birthDate: CalendarDate,
        relationship: Relationship, maritalStatus: MaritalStatus, religion: Religion, education: Education,
        occupation: String, motherName: String, disability: Disability, chronicIllness: String, jknSegment: JKNSegment
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

    /// The bound values in the column order of `PersonStore.insert` and `update`.
    var arguments: StatementArguments {
        [nik, nikOverrideReason, name, sex.rawValue, birthPlace, birthDate.iso, relationship.rawValue,
         maritalStatus.rawValue, religion.rawValue, education.rawValue, occupation, motherName, disability.rawValue,
         chronicIllness, jknSegment.rawValue]
    }
}
