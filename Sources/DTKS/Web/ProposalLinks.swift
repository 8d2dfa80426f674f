import Core
package import Database
package import Registry

/// DTKS's links on the household page: the household's proposals, and proposing it.
package struct ProposalLinks: RegistryLinkProvider {
    package init() {}

    package func links(for household: Household, in db: Connection) throws -> [RelatedLink] {
        var links = try ProposalStore.all(household: household.id, in: db).prefix(3).map { proposal in
            RelatedLink(
                label: "Usulan DTKS #\(proposal.id)", path: "/dtks/usulan/\(proposal.id)", detail: proposal.state.label,
                requiredAction: Action.viewDTKSProposals)
        }
        if household.status == .active, try ProposalStore.open(household: household.id, in: db) == nil {
            links.append(
                RelatedLink(label: "Usulkan ke DTKS", path: "/dtks/usulan/baru?keluarga=\(household.id)", requiredAction: Action.proposeDTKS))
        }
        return links
    }
}
