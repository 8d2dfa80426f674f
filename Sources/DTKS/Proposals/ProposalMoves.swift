import Core
import Database
import Foundation

/// The one place a proposal changes state: the engine checks and records the move, then the row
/// follows in the same transaction, refusing when its version moved on.
enum ProposalMoves {
    static func apply(
        _ move: ProposalWorkflow.Move, to proposal: Proposal, note: String?,
        fields: [(String, (any DatabaseValueConvertible)?)], engine: WorkflowEngine, by actor: Actor, in db: Connection,
        at now: Date
    ) throws {
        try apply(
            move, to: ProposalRef(id: proposal.id, version: proposal.version, areaCode: proposal.areaCode),
            state: proposal.state, note: note, fields: fields, engine: engine, by: actor, in: db, at: now)
    }

    /// The same for a proposal known by id, version, area and state only (batch passes).
    static func apply(
        _ move: ProposalWorkflow.Move, to proposal: ProposalRef, state current: ProposalState, note: String?,
        fields: [(String, (any DatabaseValueConvertible)?)], engine: WorkflowEngine, by actor: Actor, in db: Connection,
        at now: Date
    ) throws {
        let event = try engine.apply(
            move.rawValue, itemID: proposal.id, from: current.rawValue, areaCode: proposal.areaCode, by: actor,
            note: note, in: db, at: now)
        guard let state = ProposalState(rawValue: event.to) else {
            throw DatabaseError(code: .mismatch, message: "workflow moved proposal \(proposal.id) to unknown state \(event.to)")
        }
        guard try ProposalStore.move(proposal.id, to: state, version: proposal.version, setting: fields, at: now, in: db) else {
            throw ProposalError.stale
        }
    }
}


/// The identity of a proposal row as a move needs it.
struct ProposalRef {
    let id: Int64
    let version: Int
    let areaCode: String
}
