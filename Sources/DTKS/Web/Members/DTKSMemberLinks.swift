import Core
package import Database
package import Registry

/// DTKS/DTSEN status and desil on the household and person pages of the register.
package struct DTKSMemberLinks: RegistryLinkProvider {
    package init() {}

    package func links(for household: Household, in db: Connection) throws -> [RelatedLink] {
        let members = try DTKSMemberStore.active(inHousehold: household.id, in: db)
        let detail: String
        if let membership = try DTKSReadAPI().membership(householdID: household.id, in: db) {
            detail = Self.text(membership) + ", \(members.count) anggota terdaftar"
        } else {
            detail = "tidak terdaftar"
        }
        return [
            RelatedLink(
                label: "DTKS/DTSEN", path: "/dtks/anggota?keluarga=\(household.id)&status=semua", detail: detail,
                requiredAction: Action.viewDTKSMembers)
        ]
    }

    package func links(for person: Person, in db: Connection) throws -> [RelatedLink] {
        let detail = try DTKSReadAPI().membership(nik: person.nik, in: db).map(Self.text) ?? "tidak terdaftar"
        return [
            RelatedLink(
                label: "DTKS/DTSEN", path: "/dtks/anggota?keluarga=\(person.householdID)&status=semua", detail: detail,
                requiredAction: Action.viewDTKSMembers)
        ]
    }

    /// "Terdaftar sejak 18 November 2026, ID DTKS 3402…, desil 3".
    static func text(_ membership: DTKSMembership) -> String {
        var parts = ["Terdaftar sejak \(membership.since.indonesian)"]
        if !membership.idDTKS.isEmpty { parts.append("ID DTKS \(membership.idDTKS)") }
        parts.append(membership.desil.map { "desil \($0)" } ?? "desil belum ada")
        return parts.joined(separator: ", ")
    }
}
