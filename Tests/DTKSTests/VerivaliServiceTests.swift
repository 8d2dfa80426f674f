import Core
import Database
import DTKS
import Foundation
import Registry
import Testing
import TestSupport

/// Verivali rounds: opening lists the registered households of the chosen desa; closing applies
/// every result in one transaction, or nothing at all.
@Suite struct VerivaliServiceTests {
    /// Four registered households in Poncosari, one in Trimurti, one unregistered in Poncosari.
    final class Round {
        let fixture: DTKSFixture
        let service: VerivaliService
        var households: [(household: Household, head: Person)] = []
        let other: (household: Household, head: Person)
        let id: Int64

        init() throws {
            fixture = try DTKSFixture()
            service = VerivaliService(pool: fixture.pool, clock: fixture.clock)
            for serial in 1...4 {
                let created = try fixture.household(serial, head: "Kepala \(serial)")
                try fixture.register(created.head.nik, id: "ID-\(serial)")
                households.append(created)
            }
            other = try fixture.household(5, area: RegistryFixtures.trimurti)
            try fixture.register(other.head.nik, id: "ID-5")
            try fixture.household(6, head: "Belum Terdaftar")
            id = try service.open(
                name: "Verivali Triwulan IV", on: "2026-11-18", areaCodes: [RegistryFixtures.poncosari], by: DTKSFixture.staf,
                scope: .everywhere)
        }

        func entries(scope: AreaScope = .everywhere) throws -> [VerivaliEntry] {
            try fixture.pool.read { try VerivaliStore.entries(of: id, in: scope, db: $0) }
        }

        func entry(for household: Household) throws -> VerivaliEntry {
            try #require(try entries().first { $0.householdID == household.id })
        }

        func recordAll(_ results: [VerivaliResult]) throws {
            var recordings: [VerivaliService.Recording] = []
            for (index, result) in results.enumerated() {
                recordings.append(.init(entryID: try entry(for: households[index].household).id, result: result, note: "catatan \(index)"))
            }
            try service.record(recordings, in: id, by: DTKSFixture.operatorA, scope: .areas([RegistryFixtures.poncosari]))
        }

        func activeRegistrations() throws -> Int {
            try fixture.count("SELECT count(*) FROM dtks_members WHERE status = 'aktif'")
        }
    }

    @Test func openingListsTheRegisteredHouseholdsOfTheChosenDesaOnly() throws {
        let round = try Round()
        let listed = try round.entries().map(\.householdID)
        #expect(listed == round.households.map(\.household.id))
        #expect(try round.fixture.audits(VerivaliService.AuditAction.open) == 1)
    }

    @Test func openingIsRefusedWithoutANameOrForADesaOutsideTheScope() throws {
        let round = try Round()
        #expect(throws: VerivaliError.self) {
            try round.service.open(name: " ", on: "2026-11-18", areaCodes: [RegistryFixtures.poncosari], by: DTKSFixture.staf, scope: .everywhere)
        }
        #expect(throws: VerivaliError.self) {
            try round.service.open(
                name: "Luar", on: "2026-11-18", areaCodes: [RegistryFixtures.trimurti], by: DTKSFixture.operatorA,
                scope: .areas([RegistryFixtures.poncosari]))
        }
        #expect(throws: VerivaliError.self, "a desa is in one open round at a time") {
            try round.service.open(
                name: "Kedua", on: "2026-11-18", areaCodes: [RegistryFixtures.poncosari], by: DTKSFixture.staf, scope: .everywhere)
        }
        #expect(try round.fixture.count("SELECT count(*) FROM verivali_rounds") == 1)
    }

    @Test func closingIsRefusedWhileAHouseholdHasNoResult() throws {
        let round = try Round()
        try round.recordAll([.verified, .verified, .verified])
        #expect(throws: VerivaliError.unrecorded(1)) { try round.service.close(round.id, by: DTKSFixture.staf, scope: .everywhere) }
    }

    @Test func closingAppliesEveryResult() throws {
        let round = try Round()
        try round.fixture.child(of: round.households[2].household, serial: 33)
        try round.recordAll([.verified, .noLongerEligible, .moved, .died])
        let counts = try round.service.close(round.id, by: DTKSFixture.staf, scope: .everywhere)
        #expect(counts == [.verified: 1, .noLongerEligible: 1, .moved: 1, .died: 1])
        let api = DTKSReadAPI()
        try round.fixture.pool.read { db in
            #expect(try api.membership(nik: round.households[0].head.nik, in: db) != nil, "code 1 stays registered")
            for index in 1...3 { #expect(try api.membership(nik: round.households[index].head.nik, in: db) == nil) }
            #expect(try api.membership(nik: round.other.head.nik, in: db) != nil, "another desa is untouched")
            let moved = try HouseholdStore.find(round.households[2].household.id, in: .everywhere, db: db)
            #expect(moved?.status == .movedAway)
            #expect(try PersonStore.members(of: round.households[2].household.id, in: db).allSatisfy { $0.status == .movedAway })
            let died = try PersonStore.find(round.households[3].head.id, in: .everywhere, db: db)
            #expect(died?.status == .deceased)
            #expect(try HouseholdStore.find(round.households[3].household.id, in: .everywhere, db: db)?.status == .dissolved)
        }
        let reason: String = try round.fixture.pool.read {
            try $0.scalar(String.self, "SELECT deactivation_reason FROM dtks_members WHERE nik = ?", [round.households[1].head.nik])
        }
        #expect(reason.hasPrefix("Verivali Verivali Triwulan IV: 6 Tidak layak lagi"))
        #expect(try round.fixture.pool.read { try VerivaliStore.round(round.id, in: .everywhere, db: $0)?.status } == .closed)
        #expect(throws: VerivaliError.closed) { try round.service.close(round.id, by: DTKSFixture.staf, scope: .everywhere) }
    }

    @Test func aFailingHouseholdRollsTheWholeRoundBack() throws {
        let round = try Round()
        try round.recordAll([.noLongerEligible, .duplicate, .notFound, .moved])
        // The fourth household dissolves outside the round before it closes: code 3 (moved) can no
        // longer be applied to it, and the three households before it must not be touched either.
        let fourth = round.households[3]
        _ = try round.fixture.registry.setPersonStatus(
            fourth.head.id, to: .movedAway, on: "2026-11-10", reason: "Pindah ke kota lain", version: fourth.head.version,
            by: .cli, scope: .everywhere)
        let household = try round.fixture.registry.household(fourth.household.id, scope: .everywhere)
        _ = try round.fixture.registry.setHouseholdStatus(
            household.id, to: .dissolved, on: "2026-11-10", reason: "Tidak ada anggota", version: household.version, by: .cli,
            scope: .everywhere)
        let before = try round.activeRegistrations()
        #expect(throws: VerivaliError.self) { try round.service.close(round.id, by: DTKSFixture.staf, scope: .everywhere) }
        #expect(try round.activeRegistrations() == before)
        #expect(try round.fixture.audits(DTKSMembers.AuditAction.deactivate) == 0)
        #expect(try round.fixture.count("SELECT count(*) FROM verivali_entries WHERE applied_at IS NOT NULL") == 0)
        #expect(try round.fixture.pool.read { try VerivaliStore.round(round.id, in: .everywhere, db: $0)?.status } == .open)
    }

    @Test func codeSevenIsRefusedWhileOtherMembersLive() throws {
        let round = try Round()
        try round.fixture.child(of: round.households[3].household, serial: 44)
        try round.recordAll([.verified, .verified, .verified, .died])
        #expect(throws: VerivaliError.self) { try round.service.close(round.id, by: DTKSFixture.staf, scope: .everywhere) }
        #expect(try round.activeRegistrations() == 5)
    }

    @Test func anOperatorRecordsOnlyInsideTheirAreas() throws {
        let round = try Round()
        let entry = try round.entry(for: round.households[0].household)
        #expect(throws: VerivaliError.notFound) {
            try round.service.record(
                [.init(entryID: entry.id, result: .verified)], in: round.id, by: DTKSFixture.operatorA,
                scope: .areas([RegistryFixtures.trimurti]))
        }
        #expect(try round.entries(scope: .areas([RegistryFixtures.trimurti])).isEmpty)
        let changed = try round.service.record(
            [.init(entryID: entry.id, result: .verified)], in: round.id, by: DTKSFixture.operatorA,
            scope: .areas([RegistryFixtures.poncosari]))
        #expect(changed == 1)
        #expect(try round.fixture.audits(VerivaliService.AuditAction.record) == 1)
    }

    @Test func theReportCountsEachCodePerKalurahan() throws {
        let round = try Round()
        try round.recordAll([.verified, .verified, .duplicate])
        let summary = try round.fixture.pool.read { try VerivaliStore.summary(of: round.id, in: .everywhere, db: $0) }
        #expect(summary.count == 1)
        #expect(summary.first?.households == 4)
        #expect(summary.first?.counts == [2, 0, 0, 0, 1, 0, 0])
        #expect(summary.first?.unrecorded == 1)
    }
}

/// The round page reads its households a page at a time.
@Suite struct VerivaliPagingTests {
    @Test func entriesAreReadAPageAtATimeInNoKKOrder() throws {
        let round = try VerivaliServiceTests.Round()
        let all = try round.entries()
        let (count, second) = try round.fixture.pool.read { db in
            (try VerivaliStore.entryCount(of: round.id, in: .everywhere, db: db),
             try VerivaliStore.entries(of: round.id, in: .everywhere, paging: Paging(page: 2, pageSize: 3), db: db))
        }
        #expect(count == 4)
        #expect(second.map(\.id) == [all[3].id])
    }
}
