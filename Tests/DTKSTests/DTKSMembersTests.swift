import Core
import Database
import DTKS
import Foundation
import Registry
import Testing
import TestSupport

/// Registering, updating and ending DTKS/DTSEN registrations, and the read API over them.
@Suite struct DTKSMembersTests {
    @Test func aRegisteredPersonTakesNameKKAndAreaFromTheRegister() throws {
        let fixture = try DTKSFixture()
        let (household, head) = try fixture.household(1, area: RegistryFixtures.trimurti)
        let id = try fixture.register(head.nik, name: "Nama Lain Dari Berkas")
        let member = try #require(try fixture.member(id))
        #expect(member.personID == head.id)
        #expect(member.householdID == household.id)
        #expect(member.noKK == household.noKK)
        #expect(member.name == "Budi Santoso")
        #expect(member.areaCode == RegistryFixtures.trimurti)
        #expect(member.idDTKS == "3402010000000001")
        #expect(member.desil == 3)
        #expect(member.status == .active)
        #expect(member.source == .finalisation)
        #expect(try fixture.audits(DTKSMembers.AuditAction.register) == 1)
    }

    @Test func registeringTheSameNIKAgainUpdatesTheActiveRowAndKeepsTheOldIDInTheTrail() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let first = try fixture.register(head.nik, id: "OLD-1", desil: 4)
        let later = CalendarDate(year: 2027, month: 2, day: 1)!
        let second = try fixture.register(head.nik, id: "NEW-2", desil: nil, since: later, source: .importFile)
        #expect(second == first)
        let member = try #require(try fixture.member(first))
        #expect(member.idDTKS == "NEW-2")
        #expect(member.desil == 4, "a nil desil keeps the stored one")
        #expect(member.since == later, "a new ID DTKS starts the registration anew")
        #expect(member.version == 2)
        #expect(try fixture.count() == 1)
        let changes: String = try fixture.pool.read {
            try $0.scalar(String.self, "SELECT changes FROM audit_log WHERE action = ?", [DTKSMembers.AuditAction.update])
        }
        #expect(changes.contains("\"id_dtks\":{\"after\":\"NEW-2\",\"before\":\"OLD-1\"}"))
    }

    @Test func aDesilAloneKeepsTheIDAndTheStart() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let id = try fixture.register(head.nik, id: "ID-1", desil: 5)
        try fixture.register(head.nik, id: nil, desil: 2, since: CalendarDate(year: 2027, month: 1, day: 1)!, source: .dtsen)
        let member = try #require(try fixture.member(id))
        #expect(member.idDTKS == "ID-1")
        #expect(member.desil == 2)
        #expect(member.since == DTKSFixture.today)
        #expect(member.source == .dtsen)
    }

    @Test func theSameValuesAgainWriteNothing() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let id = try fixture.register(head.nik)
        try fixture.register(head.nik, source: .dtsen)
        #expect(try fixture.member(id)?.version == 1)
        #expect(try fixture.audits(DTKSMembers.AuditAction.update) == 0)
    }

    @Test(arguments: [
        (nik: "12345", desil: 3 as Int?, id: "X" as String?, expected: DTKSMemberError.invalidNIK("12345")),
        (nik: "3402011505800001", desil: 0, id: "X", expected: .invalidDesil(0)),
        (nik: "3402011505800001", desil: 11, id: "X", expected: .invalidDesil(11)),
        (nik: "3402011505800001", desil: 3, id: "   ", expected: .invalidIDDTKS),
        (nik: "3402019999990009", desil: 3, id: "X", expected: .nameRequired),
    ])
    func refusedRegistrationsWriteNothing(nik: String, desil: Int?, id: String?, expected: DTKSMemberError) throws {
        let fixture = try DTKSFixture()
        try fixture.household(1)
        #expect(throws: expected) { try fixture.register(nik, id: id, desil: desil) }
        #expect(try fixture.count() == 0)
        #expect(try fixture.audits(DTKSMembers.AuditAction.register) == 0)
    }

    @Test func aPersonIDThatIsNotTheNIKsIsRefused() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let (_, other) = try fixture.household(2, head: "Joko Susilo")
        #expect(throws: DTKSMemberError.personMismatch) {
            try fixture.pool.write { db in
                try DTKSMembers.register(
                    NewMembership(nik: head.nik, personID: other.id, idDTKS: "X", desil: 1, since: DTKSFixture.today,
                                  source: .finalisation),
                    by: DTKSFixture.staf, in: db, at: fixture.clock.now)
            }
        }
    }

    @Test func aNIKOutsideTheRegisterIsKeptWithTheGivenNameAndNoArea() throws {
        let fixture = try DTKSFixture()
        let id = try fixture.register("3402019999990009", desil: 1, name: "Warga Luar")
        let member = try #require(try fixture.member(id))
        #expect(member.name == "Warga Luar")
        #expect(member.personID == nil)
        #expect(member.areaCode == nil)
        let outsider = try fixture.pool.read { try DTKSMemberStore.find(id, in: .areas([RegistryFixtures.poncosari]), db: $0) }
        #expect(outsider == nil, "an area-bound user never sees a registration without an area")
    }

    @Test func deactivationEndsTheRowAndALaterRegistrationStartsANewOne() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let id = try fixture.register(head.nik)
        try fixture.pool.write { db in
            try DTKSMembers.deactivate(id, on: DTKSFixture.today, reason: "Tidak layak lagi", by: DTKSFixture.staf, in: db,
                                       at: fixture.clock.now)
        }
        let ended = try #require(try fixture.member(id))
        #expect(ended.status == .inactive)
        #expect(ended.deactivatedOn == DTKSFixture.today)
        #expect(ended.deactivationReason == "Tidak layak lagi")
        #expect(throws: DTKSMemberError.alreadyInactive) {
            try fixture.pool.write { db in
                try DTKSMembers.deactivate(id, on: DTKSFixture.today, reason: "lagi", by: DTKSFixture.staf, in: db, at: fixture.clock.now)
            }
        }
        let again = try fixture.register(head.nik, id: "BARU")
        #expect(again != id)
        #expect(try fixture.count("SELECT count(*) FROM dtks_members WHERE status = 'aktif'") == 1)
        #expect(try fixture.audits(DTKSMembers.AuditAction.deactivate) == 1)
    }

    @Test func deactivationNeedsAReasonAndAnActiveRegistration() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let id = try fixture.register(head.nik)
        #expect(throws: DTKSMemberError.reasonRequired) {
            try fixture.pool.write { db in
                try DTKSMembers.deactivate(id, on: DTKSFixture.today, reason: "  ", by: DTKSFixture.staf, in: db, at: fixture.clock.now)
            }
        }
        #expect(throws: DTKSMemberError.notFound) {
            try fixture.pool.write { db in
                try DTKSMembers.deactivate(nik: "3402019999990009", on: DTKSFixture.today, reason: "x", by: DTKSFixture.staf,
                                           in: db, at: fixture.clock.now)
            }
        }
        #expect(try fixture.member(id)?.status == .active)
    }

    @Test func theReadAPIAnswersForActiveRegistrationsOnly() throws {
        let fixture = try DTKSFixture()
        let (_, head) = try fixture.household(1)
        let api = DTKSReadAPI()
        #expect(try fixture.pool.read { try api.membership(nik: head.nik, in: $0) } == nil)
        try fixture.register(head.nik, id: "ID-9", desil: 2)
        let found = try fixture.pool.read { try api.membership(nik: head.nik, in: $0) }
        #expect(found == DTKSMembership(idDTKS: "ID-9", desil: 2, since: DTKSFixture.today))
        try fixture.pool.write { db in
            try DTKSMembers.deactivate(nik: head.nik, on: DTKSFixture.today, reason: "Meninggal", by: DTKSFixture.staf,
                                       in: db, at: fixture.clock.now)
        }
        #expect(try fixture.pool.read { try api.membership(nik: head.nik, in: $0) } == nil)
    }

    @Test func theHouseholdsMembershipIsTheHeadsWithTheLowestDesil() throws {
        let fixture = try DTKSFixture()
        let (household, head) = try fixture.household(1)
        let child = try fixture.child(of: household, serial: 11)
        let (other, _) = try fixture.household(2)
        let api = DTKSReadAPI()
        #expect(try fixture.pool.read { try api.membership(householdID: household.id, in: $0) } == nil)
        try fixture.register(child.nik, id: "ANAK", desil: 2, since: CalendarDate(year: 2025, month: 1, day: 1)!)
        try fixture.register(head.nik, id: "KEPALA", desil: 3)
        let found = try fixture.pool.read { try api.membership(householdID: household.id, in: $0) }
        #expect(found == DTKSMembership(idDTKS: "KEPALA", desil: 2, since: DTKSFixture.today))
        #expect(try fixture.pool.read { try api.membership(householdID: other.id, in: $0) } == nil)
    }

    @Test func aPersonMovingHouseholdTakesTheRegistrationAlong() throws {
        let fixture = try DTKSFixture()
        let (household, _) = try fixture.household(1)
        let child = try fixture.child(of: household, serial: 11)
        let (target, _) = try fixture.household(2, area: RegistryFixtures.trimurti)
        let id = try fixture.register(child.nik)
        _ = try fixture.registry.movePerson(
            child.id, toNoKK: target.noKK, relationship: .child, reason: "Ikut orang tua", version: child.version,
            by: .cli, scope: .everywhere)
        let member = try #require(try fixture.member(id))
        #expect(member.householdID == target.id)
        #expect(member.noKK == target.noKK)
        #expect(member.areaCode == RegistryFixtures.trimurti)
    }
}

/// The dashboard's question: active registrations per desil under an area.
@Suite struct DesilCountTests {
    @Test func activeRegistrationsAreCountedPerDesilUnderTheArea() throws {
        let fixture = try DTKSFixture()
        let (_, a) = try fixture.household(1)
        let (_, b) = try fixture.household(2)
        let (_, c) = try fixture.household(3, area: RegistryFixtures.parangtritis)
        let (_, d) = try fixture.household(4)
        try fixture.register(a.nik, desil: 1)
        try fixture.register(b.nik, desil: 1)
        try fixture.register(c.nik, desil: 4)
        try fixture.register(d.nik, desil: nil)
        try fixture.pool.write { db in
            try DTKSMembers.deactivate(nik: b.nik, on: DTKSFixture.today, reason: "Ganda", by: DTKSFixture.staf, in: db, at: fixture.clock.now)
        }
        let api = DTKSReadAPI()
        #expect(try fixture.pool.read { try api.desilCounts(areaCode: "34.02.01", in: $0) } == [1: 1, 0: 1])
        #expect(try fixture.pool.read { try api.desilCounts(areaCode: nil, in: $0) } == [1: 1, 4: 1, 0: 1])
        #expect(try fixture.pool.read { try api.desilCounts(areaCode: "34.02.01.2002", in: $0) } == [:])
    }
}
