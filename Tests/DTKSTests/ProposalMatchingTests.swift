import Core
import DTKS
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// "Padankan semua": every proposal waiting for matching in one pass, with the reason per member.
@Suite struct ProposalMatchingTests {
    @Test func everyWaitingProposalIsMatchedWithReasonsPerMember() throws {
        let fixture = try ProposalFixture()
        let good = try fixture.household(1, head: "Sutrisno")
        let misspelt = try fixture.household(2, head: "Sumarni", born: "1975-08-17", sex: .female)
        let missing = try fixture.household(3, head: "Paijo")
        let wife = try fixture.registry.addMember(
            to: good.household.id,
            RegistryFixtures.person("Tukinem", sex: .female, born: "1982-03-04", serial: 11, relationship: .wife),
            by: ProposalFixture.staf, scope: .everywhere)
        var ids: [Int64] = []
        for household in [good.household, misspelt.household, missing.household] {
            let id = try fixture.propose(household)
            try fixture.toMatching(id)
            ids.append(id)
        }
        let notWaiting = try fixture.propose(try fixture.household(4).household)
        try fixture.loadExtract([
            ProposalFixture.line(good.head, noKK: good.household.noKK, name: "SUTRISNO"),
            ProposalFixture.line(wife, noKK: good.household.noKK, name: "tukinem."),
            ProposalFixture.line(misspelt.head, noKK: misspelt.household.noKK, name: "SUMARNI H", born: "1975-08-18"),
        ])
        #expect(try fixture.pool.read { try ProposalMatching.waitingCount(in: $0) } == 3)

        let summary = try ProposalMatching.matchAll(pool: fixture.pool, clock: fixture.clock, by: ProposalFixture.staf)
        #expect(summary.matched == 1 && summary.notMatched == 2)
        #expect(summary.reasons == [.name: 1, .birthDate: 1, .nikNotFound: 1])
        #expect(try fixture.proposal(ids[0]).state == .finalisation)
        let second = try fixture.proposal(ids[1])
        #expect(second.state == .returned && second.matched == false)
        #expect(second.matchReasons.contains("Nama berbeda, Tanggal lahir berbeda"))
        #expect(try fixture.proposal(ids[2]).matchReasons.contains("NIK tidak ditemukan"))
        #expect(try fixture.proposal(notWaiting).state == .proposed, "a proposal not waiting is left alone")
        let checks = try fixture.pool.read {
            try $0.query("SELECT result, reasons FROM dtks_proposal_checks WHERE proposal_id = ? ORDER BY person_id", [ids[0]])
                .map { "\(try $0.get(0, as: String.self))/\(try $0.get(1, as: String.self))" }
        }
        #expect(checks == ["padan/", "padan/"])
        let events = try fixture.pool.read { try WorkflowHistory.events(workflow: "dtks", itemID: ids[1], in: $0) }
        #expect(events.last?.transition == "tidak_padan" && events.last?.note.contains("Nama berbeda") == true)
        #expect(try fixture.pool.read { try ProposalMatching.waitingCount(in: $0) } == 0)
    }

    @Test func matchingWithoutAnExtractIsRefused() throws {
        let fixture = try ProposalFixture()
        let id = try fixture.propose(try fixture.household(1).household)
        try fixture.toMatching(id)
        #expect(throws: ProposalError.self) {
            try ProposalMatching.matchAll(pool: fixture.pool, clock: fixture.clock, by: ProposalFixture.staf)
        }
        #expect(try fixture.proposal(id).state == .matching)
    }
}
