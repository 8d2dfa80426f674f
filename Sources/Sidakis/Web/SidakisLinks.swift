import Core
package import Database
package import Registry

/// SIDAKIS's links on the register's pages: a person's proposals with their status and KIS
/// number, and a shortcut to propose a living person; on the household page, the count of its
/// members' proposals.
package struct SidakisLinks: RegistryLinkProvider {
    package init() {}

    package func links(for person: Person, in db: Connection) throws -> [RelatedLink] {
        let proposals = try db.query(
            Proposal.self, "SELECT \(Proposal.columns) FROM sidakis_proposals AS p WHERE p.person_id = ? ORDER BY p.id",
            [person.id])
        var links = proposals.map { proposal in
            RelatedLink(
                label: "Usulan PBI APBD \(proposal.registrationNumber)", path: "/sidakis/usulan/\(proposal.id)",
                detail: proposal.status.label + (proposal.kisNumber.map { ", KIS \($0)" } ?? ""),
                requiredAction: Action.viewProposals)
        }
        if person.status == .alive, person.jknSegment != .pbiAPBD, !proposals.contains(where: { !$0.status.isClosed }) {
            links.append(RelatedLink(
                label: "Ajukan PBI APBD", path: "/sidakis/usulan/baru?orang=\(person.id)", requiredAction: Action.submitProposal))
        }
        return links
    }

    package func links(for household: Household, in db: Connection) throws -> [RelatedLink] {
        let count = try db.scalar(Int.self, "SELECT count(*) FROM sidakis_proposals WHERE household_id = ?", [household.id])
        guard count > 0 else { return [] }
        return [RelatedLink(
            label: "Usulan PBI APBD anggota", path: "/sidakis?wilayah=\(household.areaCode)",
            detail: "\(count) usulan", requiredAction: Action.viewProposals)]
    }
}
