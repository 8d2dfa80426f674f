import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// Members: adding, NIK rules and duplicates, stale edits, moves with history, deaths.
@Suite struct PersonServiceTests {
    @Test func aMemberIsAddedWithTheNIKRulesChecked() throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        let wife = try fixture.service.addMember(
            to: household.id, RegistryFixtures.person("Sri Wahyuni", sex: .female, born: "1984-02-29", serial: 2, relationship: .wife),
            by: RegistryFixture.staf, scope: .everywhere)
        #expect(wife.nik == "3402016902840002")
        #expect(wife.relationship == .wife)
        #expect(wife.nikOverrideReason == nil)
        #expect(try fixture.service.household(household.id, scope: .everywhere).version == 1, "an open household form stays valid")
    }

    @Test func aNIKThatContradictsSexOrBirthDateIsRefusedUnlessAReasonIsWritten() throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        // A woman's birth date with no 40 added: the NIK says man.
        var input = RegistryFixtures.person(
            "Lestari", sex: .female, born: "1990-03-12", serial: 9, nik: "3402011203900009", relationship: .child)
        #expect {
            try fixture.service.addMember(to: household.id, input, by: RegistryFixture.staf, scope: .everywhere)
        } throws: { error in
            let fields = (error as? RegistryError)?.fieldErrors ?? [:]
            return fields[.nik] == NIKProblem.sexMismatch(encoded: .male).message && fields[.nikOverrideReason] != nil
        }
        input.nikOverrideReason = "pendek"
        #expect(throws: RegistryError.self) {
            try fixture.service.addMember(to: household.id, input, by: RegistryFixture.staf, scope: .everywhere)
        }
        input.nikOverrideReason = "NIK lama di KTP tahun 2008, belum diperbaiki Dukcapil"
        let added = try fixture.service.addMember(to: household.id, input, by: RegistryFixture.staf, scope: .everywhere)
        #expect(added.nikOverrideReason == "NIK lama di KTP tahun 2008, belum diperbaiki Dukcapil")
        let audit = try fixture.pool.read {
            try $0.scalar(String.self, "SELECT changes FROM audit_log WHERE entity = 'person' AND entity_id = ?", [String(added.id)])
        }
        #expect(audit.contains("NIK lama di KTP tahun 2008"))
    }

    @Test func aNIKOfTheWrongShapeCannotBeOverridden() throws {
        let fixture = try RegistryFixture()
        let (household, _) = try fixture.household(1)
        var input = RegistryFixtures.person("Pendek", serial: 1, nik: "34020115058", relationship: .child)
        input.nikOverrideReason = "Alasan yang cukup panjang sekali"
        #expect {
            try fixture.service.addMember(to: household.id, input, by: RegistryFixture.staf, scope: .everywhere)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.nik] == NIKProblem.wrongLength(11).message }
    }

    @Test func aDuplicateNIKLinksInsideTheScopeAndIsNeutralOutside() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        let (other, _) = try fixture.household(2, area: RegistryFixtures.trimurti, head: "Joko")
        let copy = RegistryFixtures.person("Budi Kembar", serial: 1, relationship: .child)

        do {
            _ = try fixture.service.addMember(to: household.id, copy, by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
            Issue.record("a duplicate NIK was accepted")
        } catch RegistryError.invalid(let fields, let links) {
            #expect(fields[.nik] == "NIK ini sudah terdaftar atas nama Budi Santoso.")
            #expect(links[.nik] == .person(head.id))
        }
        do {
            _ = try fixture.service.addMember(to: other.id, copy, by: RegistryFixture.operatorA, scope: RegistryFixture.trimurti)
            Issue.record("a duplicate NIK was accepted")
        } catch RegistryError.invalid(let fields, let links) {
            #expect(fields[.nik] == RegistryError.duplicateNIKElsewhere)
            #expect(!fields[.nik, default: ""].contains("Budi"), "nothing about the other record leaks")
            #expect(links.isEmpty)
        }
        #expect(try fixture.count("persons") == 2)
    }

    @Test func aPersonKeepsTheirOwnNIKOnEdit() throws {
        let fixture = try RegistryFixture()
        let (_, head) = try fixture.household(1)
        var input = PersonInput(head, includingNIK: false)
        input.occupation = "Petani"
        let saved = try fixture.service.editPerson(head.id, input, version: head.version, by: RegistryFixture.staf, scope: .everywhere)
        #expect(saved.nik == head.nik, "no NIK input keeps the stored NIK; it is no duplicate of itself")
        #expect(saved.occupation == "Petani")
        #expect(saved.version == head.version + 1)
    }

    @Test func aStalePersonEditIsRefusedWithWhatIsStored() throws {
        let fixture = try RegistryFixture()
        let (_, head) = try fixture.household(1)
        var first = PersonInput(head, includingNIK: true)
        first.name = "Budi Santoso Wibowo"
        let saved = try fixture.service.editPerson(head.id, first, version: 1, by: RegistryFixture.staf, scope: .everywhere)
        var second = PersonInput(head, includingNIK: true)
        second.name = "Budi S."
        #expect(throws: RegistryError.personChanged(current: saved)) {
            try fixture.service.editPerson(head.id, second, version: 1, by: RegistryFixture.staf, scope: .everywhere)
        }
        #expect(try fixture.service.person(head.id, scope: .everywhere).name == "Budi Santoso Wibowo")
    }

    @Test func aMoveEndsTheOldMembershipAndKeepsTheHistory() throws {
        let fixture = try RegistryFixture()
        let (from, _) = try fixture.household(1)
        let child = try fixture.service.addMember(
            to: from.id, RegistryFixtures.person("Andi", born: "2000-07-04", serial: 11, relationship: .child),
            by: RegistryFixture.staf, scope: .everywhere)
        let (to, _) = try fixture.household(2, head: "Rina", born: "2001-01-20", sex: .female)
        fixture.time.advance(by: 3600)

        let moved = try fixture.service.movePerson(
            child.id, toNoKK: to.noKK, relationship: .husband, reason: "Menikah", version: child.version,
            by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
        #expect(moved.householdID == to.id)
        #expect(moved.relationship == .husband)
        let stays = try fixture.pool.read { try PersonStore.memberships(of: child.id, in: $0) }
        #expect(stays.map(\.householdID) == [from.id, to.id])
        #expect(stays[0].endedAt != nil)
        #expect(stays[0].endReason == "Menikah")
        #expect(stays[1].endedAt == nil)
        #expect(try fixture.pool.read { try PersonStore.members(of: from.id, in: $0) }.map(\.name) == ["Budi Santoso"])
        #expect(try fixture.auditActions(entity: "person", id: child.id) == ["penduduk.tambah", "penduduk.pindah-keluarga"])
        let open = try fixture.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM household_memberships WHERE person_id = ? AND ended_at IS NULL", [child.id])
        }
        #expect(open == 1, "one active household per person")
    }

    @Test func aMoveNeedsAnActiveHouseholdInsideTheScope() throws {
        let fixture = try RegistryFixture()
        let (_, head) = try fixture.household(1)
        let (elsewhere, _) = try fixture.household(2, area: RegistryFixtures.trimurti, head: "Joko")
        for target in [elsewhere.noKK, RegistryFixtures.noKK(99), "123"] {
            #expect {
                try fixture.service.movePerson(
                    head.id, toNoKK: target, relationship: .other, reason: "Ikut saudara", version: head.version,
                    by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
            } throws: { ($0 as? RegistryError)?.fieldErrors[.targetNoKK] != nil }
        }
        #expect(try fixture.service.person(head.id, scope: .everywhere).householdID == head.householdID)
    }

    @Test func aDeathIsRecordedWithItsDateAndTheRecordStays() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        #expect {
            try fixture.service.setPersonStatus(
                head.id, to: .deceased, on: "1979-01-01", reason: "", version: 1, by: RegistryFixture.staf, scope: .everywhere)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.statusDate] == "Tanggal tidak boleh sebelum tanggal lahir." }
        let dead = try fixture.service.setPersonStatus(
            head.id, to: .deceased, on: "2026-10-30", reason: "Sakit", version: 1, by: RegistryFixture.staf, scope: .everywhere)
        #expect(dead.status == .deceased)
        #expect(dead.statusDate == CalendarDate(iso: "2026-10-30"))
        #expect(dead.householdID == household.id)
        #expect(try fixture.pool.read { try PersonStore.memberships(of: head.id, in: $0) }.first?.endedAt != nil)
        #expect {
            try fixture.service.setPersonStatus(
                head.id, to: .movedAway, on: "2026-11-01", reason: "", version: dead.version, by: RegistryFixture.staf,
                scope: .everywhere)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.status] != nil }
    }

    @Test func openingAFullRecordIsAudited() throws {
        let fixture = try RegistryFixture()
        let (_, head) = try fixture.household(1)
        _ = try fixture.service.person(head.id, scope: .everywhere)
        #expect(try fixture.auditActions(entity: "person", id: head.id) == ["penduduk.tambah"], "a masked read writes nothing")
        let opened = try fixture.service.openFullRecord(head.id, by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
        #expect(opened.nik == head.nik)
        #expect(try fixture.auditActions(entity: "person", id: head.id) == ["penduduk.tambah", "penduduk.lihat"])
    }
}
