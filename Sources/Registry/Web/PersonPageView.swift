import Core
import Foundation

/// The model of `penduduk/penduduk`.
struct PersonPageView: Encodable {
    struct Stay: Encodable {
        let householdID: Int64
        let noKK: String
        let relationship: String
        let from: String
        let to: String
        let reason: String
    }

    let id: Int64
    let householdID: Int64
    let name: String
    let facts: [Fact]
    let badge: Badge
    let stays: [Stay]
    let canEdit: Bool
    let isAlive: Bool
    let fullNIKShown: Bool
    let related: [RelatedLink]
    let hasRelated: Bool

    init(
        person: Person, household: Household, showFullNIK: Bool, memberships: [Membership], kkNumbers: [Int64: String],
        related: [RelatedLink], canEdit: Bool, words: Settings
    ) {
        self.related = related
        hasRelated = !related.isEmpty
        id = person.id
        householdID = household.id
        name = person.name
        var facts = [
            Fact(term: "NIK", value: showFullNIK ? person.nik : person.maskedNIK),
            Fact(term: "Jenis kelamin", value: person.sex.label),
            Fact(term: "Tempat, tanggal lahir", value: (person.birthPlace.isEmpty ? "" : person.birthPlace + ", ") + person.birthDate.indonesian),
            Fact(term: "Hubungan dengan kepala keluarga", value: person.relationship.label),
            Fact(term: "Status perkawinan", value: person.maritalStatus.label),
            Fact(term: "Agama", value: person.religion.label),
            Fact(term: "Pendidikan terakhir", value: person.education.label),
            Fact(term: "Pekerjaan", value: person.occupation.isEmpty ? "—" : person.occupation),
            Fact(term: "Nama ibu kandung", value: person.motherName.isEmpty ? "—" : person.motherName),
            Fact(term: "Disabilitas", value: person.disability.label),
            Fact(term: "Penyakit kronis", value: person.chronicIllness.isEmpty ? "Tidak ada" : person.chronicIllness),
            Fact(term: "Kepesertaan JKN", value: person.jknSegment.label),
            Fact(term: "No KK", value: household.maskedNoKK),
            Fact(term: "Alamat", value: RegistryText.address(household, words: words)),
        ]
        if let date = person.statusDate { facts.append(Fact(term: "Tanggal \(person.status.label.lowercased())", value: date.indonesian)) }
        if showFullNIK, let reason = person.nikOverrideReason { facts.append(Fact(term: "Pengecualian NIK", value: reason)) }
        self.facts = facts
        badge = .person(person.status)
        let zone = words.timeZone
        stays = memberships.reversed().map { stay in
            Stay(
                householdID: stay.householdID, noKK: IdentityNumberText.masked(kkNumbers[stay.householdID] ?? ""),
                relationship: stay.relationship.label, from: IndonesianFormat.date(stay.startedAt, timeZone: zone),
                to: stay.endedAt.map { IndonesianFormat.date($0, timeZone: zone) } ?? "sekarang",
                reason: [stay.startReason, stay.endReason].filter { !$0.isEmpty }.joined(separator: " → "))
        }
        self.canEdit = canEdit
        isAlive = person.status == .alive
        fullNIKShown = showFullNIK
    }
}
