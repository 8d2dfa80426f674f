import Core
import Database
import Foundation
import Registry

/// Hands a registered proposal to the register of DTKS/DTSEN members: every living member of
/// the household is registered with the ID DTKS, since the day the result arrived, source
/// finalisation and the proposal's batch.
enum ProposalMembership {
    static func register(
        _ proposal: Proposal, idDTKS: String, timeZone: String, by actor: Actor, in db: Connection, at now: Date
    ) throws {
        let day = CalendarDate(now, timeZone: timeZone)
        for person in try PersonStore.members(of: proposal.householdID, in: db) where person.status == .alive {
            try DTKSMembers.register(
                NewMembership(
                    nik: person.nik, personID: person.id, householdID: proposal.householdID, idDTKS: idDTKS, desil: nil,
                    since: day, source: .finalisation, sourceBatchID: proposal.batchID),
                by: actor, in: db, at: now)
        }
    }
}
