import Core
package import Database

extension DTKSReadAPI {
    /// The finalised DTKS/DTSEN membership of the person with this NIK, or nil when not a member.
    /// An ended registration is not a membership; `idDTKS` is "" while the Ministry has given none.
    package func membership(nik: String, in db: Connection) throws -> DTKSMembership? {
        try DTKSMemberStore.findActive(nik: IdentityNumberText.normalized(nik), in: db)?.membership
    }

    /// The household's membership, or nil when none of its members is registered: the head's
    /// registration when the head is registered (else the earliest member's), with the lowest
    /// desil among the registered members (DTSEN ranks the family as a whole, so they agree).
    package func membership(householdID: Int64, in db: Connection) throws -> DTKSMembership? {
        let members = try DTKSMemberStore.active(inHousehold: householdID, in: db)
        guard var first = members.first?.membership else { return nil }
        first.desil = members.compactMap(\.desil).min()
        if first.idDTKS.isEmpty, let withID = members.first(where: { $0.idDTKS != nil }) { first.idDTKS = withID.idDTKS ?? "" }
        return first
    }
}
