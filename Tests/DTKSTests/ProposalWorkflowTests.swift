import Core
import DTKS
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// The proposal workflow: the definition reads like the SOP, every move is allowed exactly for the
/// roles and states it names, and the service walks a proposal through the steps.
@Suite struct ProposalWorkflowTests {
    static let engine = WorkflowEngine(ProposalWorkflow.definition)

    @Test func theDefinitionIsSoundAndCarriesTheSOPStandardTimes() {
        let definition = ProposalWorkflow.definition
        #expect(definition.problems.isEmpty)
        let standards = ["diajukan", "koordinasi", "penilaian", "input", "pemadanan", "finalisasi"].map {
            definition.step($0)?.standardMinutes
        }
        #expect(standards == [15, 30, 60, 30, 10, 480])
        #expect(Set(definition.steps.map(\.state)) == Set(ProposalState.allCases.map(\.rawValue)))
        #expect(Set(definition.transitions.map(\.name)) == Set(ProposalWorkflow.Move.allCases.map(\.rawValue)))
    }

    static let cases: [(ProposalWorkflow.Move, ProposalState, Role)] = ProposalWorkflow.Move.allCases.flatMap { move in
        ProposalState.allCases.flatMap { state in Role.allCases.map { (move, state, $0) } }
    }

    @Test(arguments: cases)
    func everyMoveIsAllowedOnlyFromItsStatesForItsRoles(move: ProposalWorkflow.Move, state: ProposalState, role: Role) throws {
        let transition = try #require(ProposalWorkflow.definition.transition(named: move.rawValue))
        let actor = ProposalFixture.actor(1, "u", role)
        let result = Result { try Self.engine.check(move.rawValue, from: state.rawValue, by: actor, note: "alasan tertulis") }
        if !transition.from.contains(state.rawValue) {
            #expect(throws: WorkflowError.illegalTransition(name: move.rawValue, from: state.rawValue)) { try result.get() }
        } else if !Permissions.allows(role, transition.action) {
            #expect(throws: WorkflowError.notPermitted(name: move.rawValue)) { try result.get() }
        } else {
            #expect(throws: Never.self) { try result.get() }
        }
    }

    @Test func theSOPRolesAreTheOnesThatMayAct() {
        func roles(_ move: ProposalWorkflow.Move) -> Set<Role> {
            let action = ProposalWorkflow.definition.transition(named: move.rawValue)?.action ?? ""
            return Set(Role.allCases.filter { Permissions.allows($0, action) })
        }
        #expect(roles(.proposeAgain) == [.operator, .pendamping, .staf])
        #expect(roles(.eligible) == [.pendamping, .staf])
        #expect(roles(.markEntered) == [.staf])
        #expect(roles(.matched) == [.staf])
        #expect(roles(.upload) == [.staf])
        #expect(Set(Role.allCases.filter { Permissions.allows($0, Action.approveDTKSFinalisation) }) == [.kasi])
    }

    @Test func aProposalWalksTheStepsAndLeavesAnEventForEach() throws {
        let fixture = try ProposalFixture()
        let (household, head) = try fixture.household(1)
        let id = try fixture.propose(household)
        var proposal = try fixture.proposal(id)
        #expect(proposal.state == .proposed && proposal.areaCode == RegistryFixtures.poncosari)
        try fixture.proposals.accept(id, version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        proposal = try fixture.proposal(id)
        try fixture.proposals.recordCoordination(
            id, version: proposal.version, note: "Dibahas bersama Ketua RT dan Carik.", on: CalendarDate(year: 2026, month: 11, day: 18),
            by: ProposalFixture.pendamping, scope: ProposalFixture.srandakan)
        proposal = try fixture.proposal(id)
        try fixture.proposals.assess(
            id, version: proposal.version,
            FieldAssessment(eligible: true, reasons: "Rumah berlantai tanah.", day: CalendarDate(year: 2026, month: 11, day: 18)!,
                            latitude: -7.95, longitude: 110.25),
            by: ProposalFixture.pendamping, scope: ProposalFixture.srandakan)
        proposal = try fixture.proposal(id)
        #expect(proposal.state == .input && proposal.eligible == true && proposal.latitude == -7.95)
        try fixture.proposals.markEntered(id, version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        proposal = try fixture.proposal(id)
        try fixture.loadExtract([ProposalFixture.line(head, noKK: household.noKK)])
        #expect(try fixture.proposals.match(id, version: proposal.version, by: ProposalFixture.staf, scope: .everywhere))
        proposal = try fixture.proposal(id)
        #expect(proposal.state == .finalisation && proposal.matched == true)
        let events = try fixture.pool.read { try WorkflowHistory.events(workflow: "dtks", itemID: id, in: $0) }
        #expect(events.map(\.transition) == ["buat", "terima", "catat_koordinasi", "layak", "tandai_input", "padan"])
        #expect(events.map(\.username) == ["op.poncosari", "staf", "pendamping", "pendamping", "staf", "staf"])
    }

    @Test func aReturnedProposalCanBeProposedAgainWithFixedRequirements() throws {
        let fixture = try ProposalFixture()
        let (household, _) = try fixture.household(1)
        let id = try fixture.proposals.propose(
            NewProposal(householdID: household.id, proposerType: .resident, proposerName: "", reason: "",
                        requirements: ProposalRequirements(familyCard: true, identityCard: false, povertyLetter: false)),
            by: ProposalFixture.operatorPoncosari, scope: ProposalFixture.poncosari)
        var proposal = try fixture.proposal(id)
        #expect(throws: ProposalError.self) {
            try fixture.proposals.accept(id, version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        }
        #expect(throws: ProposalError.invalid(field: "catatan", message: "Tulis alasan pengembalian.")) {
            try fixture.proposals.returnToProposer(id, version: proposal.version, reason: "  ", by: ProposalFixture.staf, scope: .everywhere)
        }
        try fixture.proposals.returnToProposer(
            id, version: proposal.version, reason: "Lampirkan KTP dan SKTM.", by: ProposalFixture.staf, scope: .everywhere)
        proposal = try fixture.proposal(id)
        #expect(proposal.state == .returned && proposal.returnReason == "Lampirkan KTP dan SKTM.")
        try fixture.proposals.proposeAgain(
            id, version: proposal.version, requirements: ProposalRequirements(familyCard: true, identityCard: true, povertyLetter: true),
            by: ProposalFixture.operatorPoncosari, scope: ProposalFixture.poncosari)
        proposal = try fixture.proposal(id)
        #expect(proposal.state == .proposed && proposal.requirements.isComplete)
        try fixture.proposals.accept(id, version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        #expect(try fixture.proposal(id).state == .coordination)
    }

    @Test func notEligibleNeedsReasonsAndReturnsTheProposal() throws {
        let fixture = try ProposalFixture()
        let id = try fixture.propose(try fixture.household(1).household)
        try fixture.proposals.accept(id, version: 1, by: ProposalFixture.staf, scope: .everywhere)
        try fixture.proposals.recordCoordination(id, version: 2, note: "Koordinasi", on: CalendarDate(year: 2026, month: 11, day: 18), by: ProposalFixture.staf, scope: .everywhere)
        let day = CalendarDate(year: 2026, month: 11, day: 19)!
        #expect(throws: ProposalError.invalid(field: "alasan", message: "Tulis alasan tidak layak.")) {
            try fixture.proposals.assess(id, version: 3, FieldAssessment(eligible: false, reasons: "", day: day), by: ProposalFixture.pendamping, scope: ProposalFixture.srandakan)
        }
        try fixture.proposals.assess(
            id, version: 3, FieldAssessment(eligible: false, reasons: "Rumah permanen, punya mobil.", day: day),
            by: ProposalFixture.pendamping, scope: ProposalFixture.srandakan)
        let proposal = try fixture.proposal(id)
        #expect(proposal.state == .returned && proposal.eligible == false)
        #expect(proposal.returnReason == "Tidak layak: Rumah permanen, punya mobil.")
    }

    @Test func aStaleVersionAndAWrongStateAreRefused() throws {
        let fixture = try ProposalFixture()
        let id = try fixture.propose(try fixture.household(1).household)
        try fixture.proposals.accept(id, version: 1, by: ProposalFixture.staf, scope: .everywhere)
        #expect(throws: ProposalError.stale) {
            try fixture.proposals.accept(id, version: 1, by: ProposalFixture.staf, scope: .everywhere)
        }
        #expect(throws: WorkflowError.illegalTransition(name: "tandai_input", from: "koordinasi")) {
            try fixture.proposals.markEntered(id, version: 2, by: ProposalFixture.staf, scope: .everywhere)
        }
        #expect(throws: WorkflowError.notPermitted(name: "catat_koordinasi")) {
            try fixture.proposals.recordCoordination(
                id, version: 2, note: "Koordinasi", on: CalendarDate(year: 2026, month: 11, day: 18), by: ProposalFixture.kasi,
                scope: .everywhere)
        }
        #expect(try fixture.proposal(id).version == 2, "nothing moved")
    }

    @Test func operatorsProposeAndSeeOnlyInTheirKalurahan() throws {
        let fixture = try ProposalFixture()
        let theirs = try fixture.household(2, area: RegistryFixtures.trimurti).household
        #expect(throws: ProposalError.notFound) {
            try fixture.propose(theirs, by: ProposalFixture.operatorPoncosari, scope: ProposalFixture.poncosari)
        }
        let id = try fixture.propose(theirs, by: ProposalFixture.operatorTrimurti, scope: .areas([RegistryFixtures.trimurti]))
        #expect(try fixture.pool.read { try ProposalStore.find(id, scope: ProposalFixture.poncosari, in: $0) } == nil)
        #expect(throws: ProposalError.notFound) {
            try fixture.proposals.withdraw(id, version: 1, reason: "salah", by: ProposalFixture.operatorPoncosari, scope: ProposalFixture.poncosari)
        }
        #expect(throws: ProposalError.alreadyOpen(id)) {
            try fixture.propose(theirs, by: ProposalFixture.staf, scope: .everywhere)
        }
    }
}
