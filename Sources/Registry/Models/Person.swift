package import Core
package import Foundation

/// A person (penduduk) of the register, always in exactly one household: the current one, or for
/// a person who died or moved away, the last one.
package struct Person: Sendable, Equatable, Identifiable {
    package let id: Int64
    /// The 16 digits of the NIK: shown only to roles with `Action.viewFullNIK`, masked elsewhere.
    package var nik: String
    /// Why a NIK that breaks the rules was accepted; nil for a NIK that follows them.
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
    /// Nama ibu kandung.
    package var motherName: String
    package var disability: Disability
    /// Free text: the chronic illnesses named, empty for none.
    package var chronicIllness: String
    package var jknSegment: JKNSegment
    package var status: PersonStatus
    /// When the person died or moved away; nil while alive and here.
    package var statusDate: CalendarDate?
    package var householdID: Int64
    package let createdAt: Date
    package var updatedAt: Date
    package var version: Int

    package init(
        id: Int64, nik: String, nikOverrideReason: String?, name: String, sex: Sex, birthPlace: String,
        birthDate: CalendarDate, relationship: Relationship, maritalStatus: MaritalStatus, religion: Religion,
        education: Education, occupation: String, motherName: String, disability: Disability,
        chronicIllness: String, jknSegment: JKNSegment, status: PersonStatus, statusDate: CalendarDate?,
        householdID: Int64, createdAt: Date, updatedAt: Date, version: Int
    ) {
        self.id = id
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
        self.status = status
        self.statusDate = statusDate
        self.householdID = householdID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }

    /// The NIK with its middle hidden.
    package var maskedNIK: String { IdentityNumberText.masked(nik) }
}
