import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// Creating and editing households: the head as first member, duplicates, optimistic locking,
/// ending a household without deleting anything.
@Suite struct HouseholdServiceTests {
    @Test func aNewHouseholdHasItsHeadAsFirstMemberAndIsAudited() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1, head: "  Budi Santoso ")
        #expect(household.status == .active)
        #expect(household.version == 1)
        #expect(household.noKK == RegistryFixtures.noKK(1))
        #expect(household.areaCode == RegistryFixtures.poncosari)
        #expect(head.name == "Budi Santoso")
        #expect(head.relationship == .head)
        #expect(head.householdID == household.id)
        #expect(head.status == .alive)
        let stays = try fixture.pool.read { try PersonStore.memberships(of: head.id, in: $0) }
        #expect(stays.count == 1)
        #expect(stays.first?.endedAt == nil)
        #expect(try fixture.auditActions(entity: "household", id: household.id) == ["keluarga.buat"])
        #expect(try fixture.auditActions(entity: "person", id: head.id) == ["penduduk.tambah"])
    }

    @Test func theHeadIsAlwaysKepalaKeluargaWhateverTheFormSaid() throws {
        let fixture = try RegistryFixture()
        var head = RegistryFixtures.person("Sari", sex: .female, serial: 5)
        head.relationship = .child
        let created = try fixture.service.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(5)), head: head, by: RegistryFixture.staf, scope: .everywhere)
        #expect(created.head.relationship == .head)
    }

    @Test func aRefusedHouseholdListsEveryProblemAndWritesNothing() throws {
        let fixture = try RegistryFixture()
        var input = RegistryFixtures.household("34020112", area: "34.02.01")
        input.rt = "abc"
        let head = PersonInput(nik: "3402011505800000", name: " ", sex: nil, birthDate: "2026-02-30", relationship: .head)
        #expect {
            try fixture.service.createHousehold(input, head: head, by: RegistryFixture.staf, scope: .everywhere)
        } throws: { error in
            let fields = (error as? RegistryError)?.fieldErrors ?? [:]
            return fields[.noKK] == NoKKProblem.wrongLength(8).message && fields[.areaCode] != nil && fields[.rt] != nil
                && fields[.name] != nil && fields[.sex] != nil && fields[.birthDate] != nil
                && fields[.nik] == NIKProblem.serialZero.message
        }
        #expect(try fixture.count("households") == 0)
        #expect(try fixture.count("persons") == 0)
        #expect(try fixture.count("audit_log") == 0)
    }

    @Test func anActiveNoKKIsUniqueWithALinkInsideTheScopeAndANeutralMessageOutside() throws {
        let fixture = try RegistryFixture()
        let (existing, _) = try fixture.household(1)
        let input = RegistryFixtures.household(RegistryFixtures.noKK(1))
        let head = RegistryFixtures.person("Orang Lain", serial: 77)

        do {
            _ = try fixture.service.createHousehold(input, head: head, by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
            Issue.record("a duplicate No KK was accepted")
        } catch RegistryError.invalid(let fields, let links) {
            #expect(fields[.noKK] == "No KK ini sudah terdaftar untuk keluarga aktif lain.")
            #expect(links[.noKK] == .household(existing.id))
        }

        var elsewhere = input
        elsewhere.areaCode = RegistryFixtures.trimurti
        do {
            _ = try fixture.service.createHousehold(elsewhere, head: head, by: RegistryFixture.operatorA, scope: RegistryFixture.trimurti)
            Issue.record("a duplicate No KK was accepted")
        } catch RegistryError.invalid(let fields, let links) {
            #expect(fields[.noKK] == RegistryError.duplicateNoKKElsewhere)
            #expect(links.isEmpty, "no link to a record the user may not open")
        }
        #expect(try fixture.count("households") == 1)
    }

    @Test func theNoKKOfAnEndedHouseholdMayBeUsedAgain() throws {
        let fixture = try RegistryFixture()
        let (old, _) = try fixture.household(1)
        _ = try fixture.service.setHouseholdStatus(
            old.id, to: .movedAway, on: "2026-11-01", reason: "Pindah ke Sleman", version: old.version,
            by: RegistryFixture.staf, scope: .everywhere)
        let again = try fixture.service.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(1)), head: RegistryFixtures.person("Kembali", serial: 2),
            by: RegistryFixture.staf, scope: .everywhere)
        #expect(again.household.id != old.id)
    }

    @Test func aStaleHouseholdEditIsRefusedAndNothingIsWritten() throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        var first = RegistryFixtures.household(household.noKK)
        first.address = "Jl. Melati 1"
        let saved = try fixture.service.editHousehold(
            household.id, first, version: household.version, by: RegistryFixture.staf, scope: .everywhere)
        #expect(saved.version == household.version + 1)

        var second = RegistryFixtures.household(household.noKK)
        second.address = "Jl. Kenanga 2"
        #expect(throws: RegistryError.householdChanged(current: saved)) {
            try fixture.service.editHousehold(
                household.id, second, version: household.version, by: RegistryFixture.staf, scope: .everywhere)
        }
        let stored = try fixture.service.household(household.id, scope: .everywhere)
        #expect(stored.address == "Jl. Melati 1")
        #expect(try fixture.auditActions(entity: "household", id: household.id) == ["keluarga.buat", "keluarga.ubah"])
    }

    @Test func anEditThatChangesNothingWritesNothing() throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        let same = try fixture.service.editHousehold(
            household.id, RegistryFixtures.household(household.noKK), version: 1, by: RegistryFixture.staf, scope: .everywhere)
        #expect(same.version == 1)
        #expect(try fixture.auditActions(entity: "household", id: household.id) == ["keluarga.buat"])
    }

    @Test func aLegacyNoKKNeedsAWrittenReason() throws {
        let fixture = try RegistryFixture()
        var input = RegistryFixtures.household("0902010000000001")
        let head = RegistryFixtures.person("Legacy", serial: 3)
        #expect {
            try fixture.service.createHousehold(input, head: head, by: RegistryFixture.staf, scope: .everywhere)
        } throws: { error in
            let fields = (error as? RegistryError)?.fieldErrors ?? [:]
            return fields[.noKK] == NoKKProblem.unknownRegion.message && fields[.kkOverrideReason] != nil
        }
        input.kkOverrideReason = "KK terbitan lama sebelum pemekaran"
        let created = try fixture.service.createHousehold(input, head: head, by: RegistryFixture.staf, scope: .everywhere)
        #expect(created.household.kkOverrideReason == "KK terbitan lama sebelum pemekaran")
        let changes = try fixture.pool.read {
            try $0.scalar(String.self, "SELECT changes FROM audit_log WHERE action = 'keluarga.buat'")
        }
        #expect(changes.contains("KK terbitan lama sebelum pemekaran"))
    }

    @Test func aDissolvedHouseholdMustHaveNoLivingMembersAndAMovedOneTakesThemAlong() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        #expect {
            try fixture.service.setHouseholdStatus(
                household.id, to: .dissolved, on: "2026-11-01", reason: "Keluarga bubar", version: 1,
                by: RegistryFixture.staf, scope: .everywhere)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.status]?.contains("1 anggota") == true }

        let moved = try fixture.service.setHouseholdStatus(
            household.id, to: .movedAway, on: "2026-11-01", reason: "Pindah ke Sleman", version: 1,
            by: RegistryFixture.staf, scope: .everywhere)
        #expect(moved.status == .movedAway)
        #expect(moved.statusDate == CalendarDate(iso: "2026-11-01"))
        let member = try fixture.service.person(head.id, scope: .everywhere)
        #expect(member.status == .movedAway)
        #expect(member.householdID == household.id, "the last household stays for history")
        #expect(try fixture.count("households") == 1)
        #expect(try fixture.count("persons") == 1)
    }

    @Test(arguments: ["2027-01-01", "2026-02-30", ""])
    func aStatusDateMustBeARealDayNotInTheFuture(day: String) throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        #expect {
            try fixture.service.setHouseholdStatus(
                household.id, to: .movedAway, on: day, reason: "Pindah ke Sleman", version: 1, by: RegistryFixture.staf,
                scope: .everywhere)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.statusDate] != nil }
    }

    @Test func rowsAreNeverDeleted() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        #expect(throws: DatabaseError.self) {
            try fixture.pool.write { try $0.execute("DELETE FROM persons WHERE id = ?", [head.id]) }
        }
        #expect(throws: DatabaseError.self) {
            try fixture.pool.write { try $0.execute("DELETE FROM households WHERE id = ?", [household.id]) }
        }
        #expect(try fixture.count("persons") == 1)
        #expect(try fixture.count("households") == 1)
    }
}

/// The in-transaction API an import uses, and index maintenance.
@Suite struct RegistryBatchTests {
    @Test func manyHouseholdsGoInOneTransactionAndSeeEachOther() throws {
        let fixture = try RegistryFixture()
        let service = fixture.service
        try fixture.pool.write { db in
            _ = try service.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1)), head: RegistryFixtures.person("Satu", serial: 1),
                by: .cli, scope: .everywhere, in: db)
            let second = try service.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(2)), head: RegistryFixtures.person("Dua", serial: 2),
                by: .cli, scope: .everywhere, in: db)
            _ = try service.addMember(
                to: second.household.id, RegistryFixtures.person("Anak Dua", born: "2010-03-03", serial: 3, relationship: .child),
                by: .cli, scope: .everywhere, in: db)
            #expect(throws: RegistryError.self, "a number taken earlier in the same transaction") {
                try service.createHousehold(
                    RegistryFixtures.household(RegistryFixtures.noKK(1)), head: RegistryFixtures.person("Tiga", serial: 4),
                    by: .cli, scope: .everywhere, in: db)
            }
        }
        #expect(try fixture.count("households") == 2)
        #expect(try fixture.count("persons") == 3)
    }

    @Test func theSearchIndexRebuildsFromTheRegister() throws {
        let fixture = try RegistryFixture()
        try fixture.household(1, head: "Wahyuningsih", sex: .female)
        try fixture.pool.write { db in
            try db.execute("INSERT INTO registry_search (registry_search) VALUES ('delete-all')")
            #expect(try db.scalar(Int.self, "SELECT count(*) FROM registry_search WHERE registry_search MATCH '\"wahyu\"*'") == 0)
            try RegistrySearchIndex.rebuild(in: db)
            try RegistrySearchIndex.check(in: db)
        }
        #expect(try RegistrySearchTests.list(fixture, "wahyu") == ["Wahyuningsih"])
    }
}
