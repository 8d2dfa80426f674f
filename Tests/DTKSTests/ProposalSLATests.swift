import Core
import DTKS
import Foundation
import Testing
import TestSupport

/// SLA figures of a proposal from a scripted timeline on the manual clock: working minutes per
/// step against the SOP standards, office hours and the weekend not counted.
@Suite struct ProposalSLATests {
    @Test func eachStepIsMeasuredInWorkingTimeAgainstItsStandard() throws {
        let fixture = try ProposalFixture()
        let sla = WorkflowSLA(ProposalWorkflow.definition, settings: Settings())
        let minute: TimeInterval = 60
        // Wednesday 08.00 WIB: proposed.
        let id = try fixture.propose(try fixture.household(1).household)
        fixture.time.advance(by: 10 * minute)  // 08.10: accepted (standard 15)
        try fixture.proposals.accept(id, version: 1, by: ProposalFixture.staf, scope: .everywhere)
        fixture.time.advance(by: 50 * minute)  // 09.00: coordination recorded (standard 30)
        try fixture.proposals.recordCoordination(
            id, version: 2, note: "Koordinasi", on: CalendarDate(year: 2026, month: 11, day: 18), by: ProposalFixture.staf, scope: .everywhere)
        fixture.time.advance(by: 24 * 60 * minute)  // Thursday 09.00: assessed (standard 60)
        try fixture.proposals.assess(
            id, version: 3, FieldAssessment(eligible: true, reasons: "", day: CalendarDate(year: 2026, month: 11, day: 19)!),
            by: ProposalFixture.pendamping, scope: ProposalFixture.srandakan)
        fixture.time.advance(by: (24 * 60 + 6 * 60 + 55) * minute)  // Friday 15.55: entered (standard 30)
        try fixture.proposals.markEntered(id, version: 4, by: ProposalFixture.staf, scope: .everywhere)

        let events = try fixture.pool.read { try WorkflowHistory.events(workflow: ProposalWorkflow.kind, itemID: id, in: $0) }
        fixture.time.advance(by: (2 * 24 * 60 + 16 * 60 + 9) * minute)  // Monday 08.04
        let timings = sla.timings(events, now: fixture.time.now)
        #expect(timings.map(\.state) == ["diajukan", "koordinasi", "penilaian", "input", "pemadanan"])
        #expect(timings.map(\.workingMinutes) == [10, 50, 480, 420 + 475, 5 + 4])
        #expect(timings.map(\.standardMinutes) == [15, 30, 60, 30, 10])
        #expect(timings.map(\.isOverdue) == [false, true, true, true, false])
        let proposal = try fixture.proposal(id)
        #expect(!sla.isOverdue(state: proposal.state.rawValue, since: proposal.stateSince, now: fixture.time.now))
        fixture.time.advance(by: 2 * minute)  // Monday 08.06: 11 working minutes in matching
        #expect(sla.isOverdue(state: proposal.state.rawValue, since: proposal.stateSince, now: fixture.time.now))
    }

    @Test func theAdminsStandardReplacesTheSOPDefault() {
        var settings = Settings()
        settings.standardMinutes = [WorkflowSLA.settingKey(kind: ProposalWorkflow.kind, state: "pemadanan"): 20]
        let sla = WorkflowSLA(ProposalWorkflow.definition, settings: settings)
        #expect(sla.standardMinutes(of: "pemadanan") == 20)
        #expect(sla.standardMinutes(of: "finalisasi") == 480)
        #expect(sla.standardMinutes(of: "dikembalikan") == nil, "the clock stops while the proposer fixes it")
    }
}
