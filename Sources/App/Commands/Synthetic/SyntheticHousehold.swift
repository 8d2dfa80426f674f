import Core
import Registry

/// A day written as ints, so that a million birth dates need neither `CalendarDate`'s
/// validation nor Foundation formatting; the generator only makes days that exist.
struct SyntheticDay {
    let year: Int
    let month: Int
    let day: Int

    /// `YYYY-MM-DD`.
    var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// One generated person before it gets its NIK.
struct SyntheticPerson {
    var name: String
    var sex: Sex
    var birthPlace: String
    var born: SyntheticDay
    var age: Int
    var relationship: Relationship
    var marital: MaritalStatus
    var education: Education
    var occupation: String
    var motherName: String
    var disability: Disability
    var chronicIllness: String
    var jkn: JKNSegment
}

/// One generated household with its members and, for most, an assessment.
struct SyntheticHousehold {
    let desa: SyntheticArea
    let dusun: String
    let rt: String
    let rw: String
    let address: String
    let religion: Religion
    var members: [SyntheticPerson]
    let assessment: SyntheticAnswers.Draw?
    let assessedOn: SyntheticDay
}

/// A desa the generator fills, with the six NIK region digits of its kecamatan.
struct SyntheticArea {
    let code: String
    let kecamatanCode: String
    let kecamatanIndex: Int
    /// `PPKKCC` from the kecamatan code's digits (34.02.01 → 340201).
    let region: String
    let dusuns: [String]
}
