import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// Search over names, NIKs and No KKs, and the area scope on every read.
@Suite struct RegistrySearchTests {
    static func list(_ fixture: RegistryFixture, _ query: String, scope: AreaScope = .everywhere, area: String? = nil)
        throws -> [String]
    {
        try fixture.pool.read { db in
            try HouseholdSearch.list(
                HouseholdFilter(query: query, areaCode: area), scope: scope, paging: Paging(page: 1), in: db
            ).rows.map { $0.headName ?? "" }
        }
    }

    @Test(arguments: [
        ("siti", "\"siti\"*"), ("  Sít  Ràh ", "\"Sít\"* \"Ràh\"*"), ("3402 0100 0000 0001", "\"3402010000000001\"*"),
        ("3402.01", "\"340201\"*"), ("sit\" OR nik:*", "\"sit\"* \"OR\" \"nik\"*"), ("NEAR(a b)", "\"NEAR\"* \"a\" \"b\""), ("Sri", "\"Sri\"*"),
        ("ni", "\"ni\""),
        ("\"", nil), ("", nil), ("*^-:", nil),
    ])
    func userInputBecomesQuotedPrefixTerms(input: String, expected: String?) {
        #expect(HouseholdSearch.ftsQuery(input) == expected)
    }

    @Test func searchIgnoresCaseAndAccentsAndMatchesPrefixes() throws {
        let fixture = try RegistryFixture()
        try fixture.household(1, head: "Sítì Rahayu", sex: .female)
        try fixture.household(2, head: "Bambang Sutrisno")
        for query in ["siti", "SITI", "sit", "Síti", "rah", "siti rahayu", "rahayu sit"] {
            #expect(try Self.list(fixture, query) == ["Sítì Rahayu"], "\(query)")
        }
        #expect(try Self.list(fixture, "sutris") == ["Bambang Sutrisno"])
        #expect(try Self.list(fixture, "situ").isEmpty)
        #expect(try Self.list(fixture, "\" OR *").count == 0, "stray FTS syntax is neither an error nor a wildcard")
    }

    @Test func searchFindsNIKAndNoKKByTheirBeginning() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        try fixture.household(2, head: "Lain", born: "1970-01-01")
        #expect(try Self.list(fixture, head.nik) == ["Budi Santoso"])
        #expect(try Self.list(fixture, String(head.nik.prefix(10))) == ["Budi Santoso"])
        #expect(try Self.list(fixture, household.noKK) == ["Budi Santoso"])
        #expect(try Self.list(fixture, "3402 0100 0000 0001") == ["Budi Santoso"])
        #expect(try Self.list(fixture, "3402").count == 2)
    }

    @Test(arguments: [
        ("3402010000000001", "3402010000000001"), (" 3402 0100 0000 0001 ", "3402010000000001"),
        ("3402.0100.0000.0001", "3402010000000001"), ("3402-0100-0000-0001", "3402010000000001"),
        ("340201000000000", nil), ("34020100000000012", nil), ("3402", nil), ("", nil), ("budi 3402010000000001", nil),
        ("３４０２０１００００００００01", nil),
    ])
    func onlyAWhole16DigitNumberIsAnExactLookup(input: String, expected: String?) {
        #expect(HouseholdSearch.exactIdentityNumber(input) == expected)
    }

    @Test func anExactNoKKFindsAnEndedHouseholdAndAnExactNIKOnlyItsOwn() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        let (_, other) = try fixture.household(2, head: "Lain", born: "1970-01-01")
        try fixture.pool.write { db in
            try db.execute(
                "UPDATE households SET status = 'bubar', status_date = '2026-01-01' WHERE id = ?1", [household.id])
        }
        #expect(try Self.list(fixture, household.noKK) == ["Budi Santoso"])
        #expect(try Self.list(fixture, other.nik) == ["Lain"])
        #expect(try Self.list(fixture, "9999999999999999").isEmpty)
        let total = try fixture.pool.read {
            try HouseholdSearch.list(HouseholdFilter(query: head.nik), scope: .everywhere, paging: Paging(page: 1), in: $0).total
        }
        #expect(total == 1)
    }

    @Test func theCountStopsJustPastItsLimit() throws {
        let fixture = try RegistryFixture()
        for serial in 1...12 { try fixture.household(serial, head: "Kepala \(serial)", born: "1980-05-\(10 + serial)") }
        func total(_ limit: Int) throws -> Int {
            try fixture.pool.read {
                try HouseholdSearch.list(HouseholdFilter(), scope: .everywhere, paging: Paging(page: 1), countingUpTo: limit, in: $0)
                    .total
            }
        }
        #expect(try total(5) == 6, "more than 5")
        #expect(try total(12) == 12)
        #expect(try total(1000) == 12)
    }

    @Test func aCommonNameStopsAtTheNewestMatchesAndSaysMoreThanTheLimit() throws {
        let fixture = try RegistryFixture()
        let households = 5_100
        #expect(households > HouseholdSearch.matchLimit)
        try fixture.pool.write { db in
            try db.execute(
                """
                WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
                INSERT INTO households (id, no_kk, area_code, created_at, updated_at)
                SELECT i, printf('34020100%08d', i), ?2, ?3, ?3 FROM n
                """, [households, RegistryFixtures.poncosari, "2026-01-01T00:00:00Z"])
            try db.execute(
                """
                INSERT INTO persons (nik, name, sex, birth_date, relationship, marital_status, religion, education,
                                     household_id, created_at, updated_at)
                SELECT printf('3402011505%06d', id), CASE id WHEN 7 THEN 'Warsito Langka' ELSE 'Warsito ' || id END,
                       'L', '1980-05-15', 'kepala', 'kawin', 'islam', 'sd', id, created_at, created_at
                FROM households
                """)
        }
        let common = try fixture.pool.read { db in
            try HouseholdSearch.list(HouseholdFilter(query: "warsi"), scope: .everywhere, paging: Paging(page: 1), in: db)
        }
        #expect(common.total == HouseholdSearch.countLimit + 1, "more than the limit")
        #expect(common.rows.map(\.household.id) == Array((households - 24...households).reversed()).map(Int64.init))
        #expect(try Self.list(fixture, "warsito langka") == ["Warsito Langka"], "an old household is found by a rarer term")
    }

    @Test func searchFollowsRenamesMovesAndNewNoKK() throws {
        let fixture = try RegistryFixture()
        let (household, head) = try fixture.household(1)
        var renamed = PersonInput(head, includingNIK: true)
        renamed.name = "Slamet Riyadi"
        _ = try fixture.service.editPerson(head.id, renamed, version: 1, by: RegistryFixture.staf, scope: .everywhere)
        #expect(try Self.list(fixture, "budi").isEmpty)
        #expect(try Self.list(fixture, "slamet") == ["Slamet Riyadi"])

        var card = RegistryFixtures.household(RegistryFixtures.noKK(4321))
        card.areaCode = household.areaCode
        let current = try fixture.service.household(household.id, scope: .everywhere)
        _ = try fixture.service.editHousehold(household.id, card, version: current.version, by: RegistryFixture.staf, scope: .everywhere)
        #expect(try Self.list(fixture, household.noKK).isEmpty)
        #expect(try Self.list(fixture, RegistryFixtures.noKK(4321)) == ["Slamet Riyadi"])
        try fixture.pool.write { try RegistrySearchIndex.check(in: $0) }
    }

    @Test func anOperatorSeesOnlyTheirKalurahanInListsSearchAndById() throws {
        let fixture = try RegistryFixture()
        let (mine, myHead) = try fixture.household(1, head: "Sumarni Poncosari", sex: .female)
        let (theirs, theirHead) = try fixture.household(2, area: RegistryFixtures.trimurti, head: "Sumarno Trimurti")
        let scope = RegistryFixture.poncosari

        #expect(try Self.list(fixture, "", scope: scope) == ["Sumarni Poncosari"])
        #expect(try Self.list(fixture, "sumar", scope: scope) == ["Sumarni Poncosari"])
        #expect(try Self.list(fixture, theirHead.nik, scope: scope).isEmpty)
        #expect(try Self.list(fixture, "", scope: scope, area: RegistryFixtures.trimurti).isEmpty, "a chosen area never widens the scope")
        #expect(try fixture.service.household(mine.id, scope: scope).id == mine.id)
        #expect(throws: RegistryError.notFound) { try fixture.service.household(theirs.id, scope: scope) }
        #expect(throws: RegistryError.notFound) { try fixture.service.person(theirHead.id, scope: scope) }
        #expect(throws: RegistryError.notFound) {
            try fixture.service.openFullRecord(theirHead.id, by: RegistryFixture.operatorA, scope: scope)
        }
        #expect(throws: RegistryError.notFound) {
            try fixture.service.editHousehold(
                theirs.id, RegistryFixtures.household(theirs.noKK, area: RegistryFixtures.trimurti), version: 1,
                by: RegistryFixture.operatorA, scope: scope)
        }
        #expect(throws: RegistryError.notFound) {
            try fixture.service.addMember(
                to: theirs.id, RegistryFixtures.person("Anak", serial: 50, relationship: .child), by: RegistryFixture.operatorA,
                scope: scope)
        }
        _ = myHead
    }

    @Test func anOperatorCannotCreateAHouseholdOutsideTheirKalurahan() throws {
        let fixture = try RegistryFixture()
        #expect {
            try fixture.service.createHousehold(
                RegistryFixtures.household(RegistryFixtures.noKK(1), area: RegistryFixtures.trimurti),
                head: RegistryFixtures.person("Budi", serial: 1), by: RegistryFixture.operatorA, scope: RegistryFixture.poncosari)
        } throws: { ($0 as? RegistryError)?.fieldErrors[.areaCode] != nil }
    }

    @Test func aPendampingOfAKapanewonSeesItsKalurahanAndTheAreaFilterNarrows() throws {
        let fixture = try RegistryFixture()
        try fixture.household(1, head: "Di Poncosari")
        try fixture.household(2, area: RegistryFixtures.trimurti, head: "Di Trimurti")
        try fixture.household(3, area: RegistryFixtures.parangtritis, head: "Di Parangtritis")
        let scope = RegistryFixture.srandakan
        #expect(Set(try Self.list(fixture, "", scope: scope)) == ["Di Poncosari", "Di Trimurti"])
        #expect(try Self.list(fixture, "", scope: scope, area: RegistryFixtures.trimurti) == ["Di Trimurti"])
        #expect(try Self.list(fixture, "di").count == 3)
    }

    @Test func theListIsPagedNewestFirst() throws {
        let fixture = try RegistryFixture()
        for serial in 1...12 { try fixture.household(serial, head: "Kepala \(serial)", born: "1980-05-\(10 + serial)") }
        let (rows, total) = try fixture.pool.read {
            try HouseholdSearch.list(HouseholdFilter(), scope: .everywhere, paging: Paging(page: 2, pageSize: 10), in: $0)
        }
        #expect(total == 12)
        #expect(rows.map { $0.headName ?? "" } == ["Kepala 2", "Kepala 1"])
        #expect(rows.allSatisfy { $0.memberCount == 1 && $0.areaName == "Poncosari" })
    }
}
