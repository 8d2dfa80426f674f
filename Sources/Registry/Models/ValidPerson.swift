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

    /// The bound values in the column order of `PersonStore.insert` and `update`.
    var arguments: StatementArguments {
        [nik, nikOverrideReason, name, sex.rawValue, birthPlace, birthDate.iso, relationship.rawValue,
         maritalStatus.rawValue, religion.rawValue, education.rawValue, occupation, motherName, disability.rawValue,
         chronicIllness, jknSegment.rawValue]
    }
}
