import Core
import Web

/// The values of a registry form as the user typed them (kept for a form shown again), by field,
/// with the version the form was opened at.
struct RegistryFormValues {
    var values: [RegistryField: String] = [:]
    var version: Int?

    init() {}

    init(_ fields: FormFields) {
        for field in RegistryField.allCases {
            if let value = fields[field.rawValue] { values[field] = value }
        }
        version = fields["version"].flatMap { Int($0) }
    }

    init(_ household: Household) {
        values[.noKK] = household.noKK
        values[.kkOverrideReason] = household.kkOverrideReason ?? ""
        values[.areaCode] = household.areaCode
        values[.dusun] = household.dusun
        values[.rt] = household.rt
        values[.rw] = household.rw
        values[.address] = household.address
        version = household.version
    }

    init(_ person: Person) {
        values[.nik] = person.nik
        values[.nikOverrideReason] = person.nikOverrideReason ?? ""
        values[.name] = person.name
        values[.sex] = person.sex.rawValue
        values[.birthPlace] = person.birthPlace
        values[.birthDate] = person.birthDate.iso
        values[.relationship] = person.relationship.rawValue
        values[.maritalStatus] = person.maritalStatus.rawValue
        values[.religion] = person.religion.rawValue
        values[.education] = person.education.rawValue
        values[.occupation] = person.occupation
        values[.motherName] = person.motherName
        values[.disability] = person.disability.rawValue
        values[.chronicIllness] = person.chronicIllness
        values[.jknSegment] = person.jknSegment.rawValue
        version = person.version
    }

    subscript(field: RegistryField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    var household: HouseholdInput {
        HouseholdInput(
            noKK: self[.noKK], kkOverrideReason: self[.kkOverrideReason], areaCode: self[.areaCode], dusun: self[.dusun],
            rt: self[.rt], rw: self[.rw], address: self[.address])
    }

    /// The person input; `includingNIK` false when the form had no NIK input (the stored one stays).
    func person(includingNIK: Bool) -> PersonInput {
        PersonInput(
            nik: includingNIK ? self[.nik] : nil, nikOverrideReason: self[.nikOverrideReason], name: self[.name],
            sex: Sex(rawValue: self[.sex]), birthPlace: self[.birthPlace], birthDate: self[.birthDate],
            relationship: Relationship(rawValue: self[.relationship]),
            maritalStatus: MaritalStatus(rawValue: self[.maritalStatus]), religion: Religion(rawValue: self[.religion]),
            education: Education(rawValue: self[.education]), occupation: self[.occupation],
            motherName: self[.motherName], disability: Disability(rawValue: self[.disability]),
            chronicIllness: self[.chronicIllness], jknSegment: JKNSegment(rawValue: self[.jknSegment]))
    }
}
