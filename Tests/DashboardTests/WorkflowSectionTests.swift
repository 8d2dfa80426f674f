import Core
import Dashboard
import Testing
import TestSupport

/// The generic workflow section over the engine's rows: counts per step, overdue items oldest
/// first, and the SLA of the last 30 days, inside the user's scope.
@Suite struct WorkflowSectionTests {
    static func section(scope: AreaScope) throws -> WorkflowSection {
        let fixture = try SummaryFixture()
        try fixture.pool.write { db in try TestWorkflow.insertItems(in: db) }
        return try fixture.pool.read { db in
            try WorkflowSection.read(TestWorkflow.source, scope: scope, settings: Settings(), now: TestWorkflow.now, in: db)
        }
    }

    @Test func countsEveryStepWithItsListLink() throws {
        let section = try Self.section(scope: .everywhere)
        #expect(section.queues.map(\.count) == [3, 1, 0, 1])
        #expect(section.queues.map(\.link) == [
            "/uji?status=diajukan", "/uji?status=terverifikasi", "/uji?status=dikembalikan", "/uji?status=disetujui",
        ])
        #expect(section.pending == 4, "the approved item is not pending")
    }

    @Test func listsItemsPastTheStandardOldestFirst() throws {
        let section = try Self.section(scope: .everywhere)
        #expect(section.overdue.map(\.itemID) == [3, 1])
        #expect(section.overdue.first?.areaCode == TestWorkflow.trimurti)
        #expect(section.overdue.last?.workingMinutes == 360)
        #expect(section.overdue.allSatisfy { $0.standardMinutes == 60 && $0.stepLabel == "Menunggu verifikasi" })
    }

    @Test func anOperatorScopeCountsOnlyItsKalurahan() throws {
        let section = try Self.section(scope: .areas([TestWorkflow.poncosari]))
        #expect(section.queues.map(\.count) == [2, 1, 0, 1])
        #expect(section.overdue.map(\.itemID) == [1])
    }

    @Test func theSLAShowsShareWithinTheStandardAndTheMedian() throws {
        let section = try Self.section(scope: .everywhere)
        let verification = section.statistics.first { $0.state == "diajukan" }
        #expect(verification?.count == 2)
        #expect(verification?.withinStandard == 1)
        #expect(verification?.medianMinutes == 75)
        #expect(section.statistics.first { $0.state == "terverifikasi" }?.count == 1)
        let panel = section.slaPanel(minutesPerDay: 480)
        #expect(panel.table.rows.count == 2, "one row per measured step")
        #expect(panel.chart?.bars.map(\.values) == [[50], [100]])
    }

    @Test func aWorkflowWithoutAListPathHasNoLinks() throws {
        let fixture = try SummaryFixture()
        let section = try fixture.pool.read { db in
            try WorkflowSection.read(
                WorkflowSource(definition: TestWorkflow.definition, listPath: nil), scope: .everywhere,
                settings: Settings(), now: TestWorkflow.now, in: db)
        }
        #expect(section.queues.allSatisfy { $0.link.isEmpty && $0.count == 0 })
        #expect(section.overdue.isEmpty)
    }
}
