import Core
package import Database
package import Registry

/// SIDAMESRA's links on the household page: the welfare profile with the current total and
/// category, and the assessment form for those allowed to assess an active household.
package struct WelfareProfileLinks: RegistryLinkProvider {
    package init() {}

    package func links(for household: Household, in db: Connection) throws -> [RelatedLink] {
        let score = try SidamesraReadAPI.currentScore(ofHousehold: household.id, in: db)
        var links = [
            RelatedLink(
                label: "Profil kesejahteraan", path: "/keluarga/\(household.id)/profil",
                detail: score?.shortText ?? "belum dinilai", requiredAction: Action.viewWelfareProfile)
        ]
        if household.status == .active {
            links.append(
                RelatedLink(
                    label: "Isi penilaian", path: "/keluarga/\(household.id)/penilaian", requiredAction: Action.assessHousehold))
        }
        return links
    }
}
