import Core
import Database
import Foundation

/// Hands a registered proposal to the registry of DTKS/DTSEN members (`dtks_members`, kept by the
/// members work of issue 6). Until that registry is merged the ID DTKS stays on the proposal only.
enum ProposalMembership {
    static func register(_ proposal: Proposal, idDTKS: String, by actor: Actor, in db: Connection, at now: Date) throws {}
}
