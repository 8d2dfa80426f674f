import Core

/// Shared pieces of the registry's view models.
struct Badge: Encodable {
    let tone: String
    let label: String

    static func household(_ status: HouseholdStatus) -> Badge {
        switch status {
        case .active: Badge(tone: "ok", label: status.label)
        case .movedAway: Badge(tone: "warn", label: status.label)
        case .dissolved: Badge(tone: "danger", label: status.label)
        }
    }

    static func person(_ status: PersonStatus) -> Badge {
        switch status {
        case .alive: Badge(tone: "ok", label: status.label)
        case .movedAway: Badge(tone: "warn", label: status.label)
        case .deceased: Badge(tone: "danger", label: status.label)
        }
    }
}

/// A label and a value of a `dl.facts` list.
struct Fact: Encodable {
    let term: String
    let value: String
}

/// A duplicate's message with the link to the record the user may open.
struct DuplicateLink: Encodable {
    let message: String
    let path: String
}

/// What is stored now, shown above a form whose save came too late.
struct ConflictView: Encodable {
    let message: String
    let facts: [Fact]
}

enum RegistryText {
    /// "Padukuhan Karang, RT 003/RW 001, Jl. …" from what is filled in.
    static func address(_ household: Household, words: Settings) -> String {
        var parts: [String] = []
        if !household.dusun.isEmpty { parts.append("\(words.dusunWord) \(household.dusun)") }
        let rtrw = [household.rt.isEmpty ? nil : "RT \(household.rt)", household.rw.isEmpty ? nil : "RW \(household.rw)"]
            .compactMap { $0 }.joined(separator: "/")
        if !rtrw.isEmpty { parts.append(rtrw) }
        if !household.address.isEmpty { parts.append(household.address) }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    static func householdFacts(_ household: Household, areaName: String, words: Settings) -> [Fact] {
        [
            Fact(term: "No KK", value: household.maskedNoKK),
            Fact(term: words.desaWord, value: areaName),
            Fact(term: "Alamat", value: address(household, words: words)),
            Fact(term: "Status", value: household.status.label),
        ]
    }

    static func personFacts(_ person: Person) -> [Fact] {
        [
            Fact(term: "Nama", value: person.name),
            Fact(term: "NIK", value: person.maskedNIK),
            Fact(term: "Jenis kelamin", value: person.sex.label),
            Fact(term: "Tanggal lahir", value: person.birthDate.indonesian),
            Fact(term: "Hubungan", value: person.relationship.label),
            Fact(term: "Status", value: person.status.label),
        ]
    }

    /// Links for duplicates the user may open, in field order.
    static func duplicateLinks(_ problems: [RegistryField: String], _ links: [RegistryField: RecordLink]) -> [DuplicateLink] {
        RegistryField.allCases.compactMap { field in
            guard let link = links[field], let message = problems[field] else { return nil }
            return DuplicateLink(message: message, path: link.path)
        }
    }
}
