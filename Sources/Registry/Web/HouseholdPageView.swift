import Core
import Foundation

/// The model of `keluarga/keluarga`: the card, the members and the history of the household.
struct HouseholdPageView: Encodable {
    struct Member: Encodable {
        let id: Int64
        let name: String
        let nik: String
        let relationship: String
        let sex: String
        let birth: String
        let badge: Badge
    }

    struct Event: Encodable {
        let when: String
        let text: String
    }

    let id: Int64
    let facts: [Fact]
    let badge: Badge
    let members: [Member]
    let hasMembers: Bool
    let history: [Event]
    let hasHistory: Bool
    let canEdit: Bool
    let isActive: Bool
    let hasNoHead: Bool
    let related: [RelatedLink]
    let hasRelated: Bool

    init(
        household: Household, areaName: String, members: [Person], memberships: [Membership], names: [Int64: String],
        related: [RelatedLink], canEdit: Bool, words: Settings
    ) {
        self.related = related
        hasRelated = !related.isEmpty
        id = household.id
        var facts = RegistryText.householdFacts(household, areaName: areaName, words: words)
        if let date = household.statusDate {
            facts.append(Fact(term: "Tanggal status", value: date.indonesian))
            facts.append(Fact(term: "Alasan", value: household.statusReason))
        }
        if let reason = household.kkOverrideReason { facts.append(Fact(term: "Pengecualian No KK", value: reason)) }
        self.facts = facts
        badge = .household(household.status)
        self.members = members.map {
            Member(
                id: $0.id, name: $0.name, nik: $0.maskedNIK, relationship: $0.relationship.label, sex: $0.sex.label,
                birth: $0.birthDate.indonesian, badge: .person($0.status))
        }
        hasMembers = !members.isEmpty
        let zone = words.timeZone
        history = memberships.flatMap { stay -> [Event] in
            let name = names[stay.personID] ?? "Penduduk \(stay.personID)"
            var events = [
                Event(
                    when: IndonesianFormat.date(stay.startedAt, timeZone: zone),
                    text: "\(name) masuk sebagai \(stay.relationship.label.lowercased())"
                        + (stay.startReason.isEmpty ? "" : " (\(stay.startReason))"))
            ]
            if let ended = stay.endedAt {
                events.append(Event(
                    when: IndonesianFormat.date(ended, timeZone: zone),
                    text: "\(name) keluar" + (stay.endReason.isEmpty ? "" : " (\(stay.endReason))")))
            }
            return events
        }
        hasHistory = !history.isEmpty
        self.canEdit = canEdit
        isActive = household.status == .active
        hasNoHead = household.status == .active && !members.contains { $0.relationship == .head && $0.status == .alive }
    }
}
