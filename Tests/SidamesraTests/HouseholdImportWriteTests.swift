import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// Writing an import: re-runs, households already in the register, and batches that fail.
@Suite struct HouseholdImportWriteTests {
    @Test func runningTheSameFileAgainDuplicatesNothing() throws {
        let fixture = try HouseholdImportFixture()
        let bytes = fixture.csv(fixture.household(1) + fixture.household(2))
        _ = try fixture.importer.write(try fixture.importer.plan(bytes, scope: .everywhere), source: "t", by: .cli, scope: .everywhere)
        let again = try fixture.importer.plan(bytes, scope: .everywhere)
        #expect(again.report.problems.isEmpty)
        #expect(again.report.skippedHouseholds == 2 && again.report.newHouseholds == 0)
        let report = try fixture.importer.write(again, source: "t", by: .cli, scope: .everywhere)
        #expect(report.importedHouseholds == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM households") == 2)
        #expect(try fixture.count("SELECT COUNT(*) FROM persons") == 4)
        #expect(try fixture.count("SELECT COUNT(*) FROM assessments") == 2)
    }

    @Test func aRegisteredNoKKWithOtherMembersOrARegisteredNIKIsAnError() throws {
        let fixture = try HouseholdImportFixture()
        _ = try fixture.importer.write(
            try fixture.importer.plan(fixture.csv(fixture.household(1)), scope: .everywhere), source: "t", by: .cli,
            scope: .everywhere)
        let changedMembers = [fixture.row(kk: 1, person: 10)]
        let registeredNIK = [fixture.row(kk: 3, person: 11, sex: .female, born: "1983-02-07")]
        let plan = try fixture.importer.plan(fixture.csv(changedMembers + registeredNIK), scope: .everywhere)
        #expect(plan.report.problems.map { "\($0.row)/\($0.column)" } == ["2/no_kk", "3/nik"])
        #expect(plan.report.problems[1].message.contains("sudah terdaftar atas nama Warga 11"))
        #expect(plan.report.invalidHouseholds == 2)
    }

    @Test func onlyTheValidHouseholdsAreWritten() throws {
        let fixture = try HouseholdImportFixture()
        let rows = fixture.household(1) + [fixture.row(kk: 2, person: 20, ["nik": "1"])] + fixture.household(3)
        let plan = try fixture.importer.plan(fixture.csv(rows), scope: .everywhere)
        #expect(plan.report.invalidHouseholds == 1 && plan.report.newHouseholds == 2)
        _ = try fixture.importer.write(plan, source: "t", by: .cli, scope: .everywhere)
        let stored = try fixture.pool.read { try $0.query("SELECT no_kk FROM households ORDER BY no_kk").map { try $0.get(0) as String } }
        #expect(stored == [RegistryFixtures.noKK(1), RegistryFixtures.noKK(3)])
    }

    @Test func aBatchFailingMidwayKeepsEarlierBatchesAndNothingOfItsOwn() throws {
        let fixture = try HouseholdImportFixture(batchSize: 2)
        let bytes = fixture.csv((1...5).flatMap { fixture.household($0) })
        let plan = try fixture.importer.plan(bytes, scope: .everywhere)
        #expect(plan.report.newHouseholds == 5)
        // Someone registers the wife of household 4 elsewhere after the preview.
        let registry = RegistryService(pool: fixture.pool)
        _ = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(99)),
            head: RegistryFixtures.person("Pendatang", sex: .female, born: "1983-02-07", serial: 41), by: .cli,
            scope: .everywhere)
        #expect(throws: HouseholdImportFailure.self) {
            try fixture.importer.write(plan, source: "t", by: .cli, scope: .everywhere)
        }
        let stored = try fixture.pool.read {
            try $0.query("SELECT no_kk FROM households WHERE no_kk <> ? ORDER BY no_kk", [RegistryFixtures.noKK(99)])
                .map { try $0.get(0) as String }
        }
        #expect(stored == [RegistryFixtures.noKK(1), RegistryFixtures.noKK(2)])
        #expect(try fixture.count("SELECT COUNT(*) FROM audit_log WHERE action = 'keluarga.impor'") == 1)
        #expect(try fixture.count("SELECT COUNT(*) FROM assessments") == 2)
        // The re-run after the fix skips what landed and writes the rest.
        let rerun = try fixture.importer.plan(fixture.csv((1...5).filter { $0 != 4 }.flatMap { fixture.household($0) }), scope: .everywhere)
        #expect(rerun.report.skippedHouseholds == 2 && rerun.report.newHouseholds == 2)
    }
}
