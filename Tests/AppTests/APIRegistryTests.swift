import App
import Core
import Database
import Foundation
import Registry
import Testing
import TestSupport

/// The register's endpoints: area scope exactly as on the pages, NIK masking and its audit,
/// paging, and registration through the service with field errors.
@Suite struct APIRegistryTests {
    @Test func anOperatorCannotReadAnotherKalurahansHousehold() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        let own = try fixture.household(1)
        let other = try fixture.household(2, area: RegistryFixtures.trimurti)
        #expect(try fixture.call("GET", "/api/v1/keluarga/\(own)", token: token).status == 200)
        let response = try fixture.call("GET", "/api/v1/keluarga/\(other)", token: token)
        #expect(response.status == 404)
        #expect(response.errorCode == "not_found")
        #expect(response.isJSON)
    }

    @Test func searchStaysInsideTheArea() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        try fixture.household(1, head: "Budi Santoso")
        try fixture.household(2, area: RegistryFixtures.trimurti, head: "Budi Raharjo")
        let response = try fixture.call("GET", "/api/v1/keluarga?q=budi", token: token)
        #expect(response.status == 200)
        let items = response.object["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["head_name"] as? String } == ["Budi Santoso"])
        #expect(items.allSatisfy { ($0["area_code"] as? String) == RegistryFixtures.poncosari })
        #expect(response.object["total"] as? Int == 1)
        // Asking for the other kalurahan by code is refused, not widened; an empty one is no filter.
        #expect(try fixture.call("GET", "/api/v1/keluarga?wilayah=", token: token).status == 200)
        #expect(try fixture.call("GET", "/api/v1/keluarga?status=", token: token).status == 400)
        let outside = try fixture.call("GET", "/api/v1/keluarga?wilayah=\(RegistryFixtures.trimurti)", token: token)
        #expect(outside.status == 404)
        #expect(outside.errorFields["wilayah"] != nil)
    }

    @Test func aPersonOutsideTheAreaIsNotFound() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        try fixture.household(2, area: RegistryFixtures.trimurti)
        let nik = try #require(RegistryFixtures.person("Budi", serial: 2).nik)
        let response = try fixture.call("GET", "/api/v1/penduduk/\(nik)", token: token)
        #expect(response.status == 404)
        #expect(response.errorCode == "not_found")
    }

    @Test func paging() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("staf", role: .staf)
        for serial in 1...5 { try fixture.household(serial, head: "Warga \(serial)") }
        let second = try fixture.call("GET", "/api/v1/keluarga?page=2&per_page=2", token: token)
        #expect(second.status == 200)
        #expect((second.object["items"] as? [Any])?.count == 2)
        #expect(second.object["total"] as? Int == 5)
        #expect(second.object["per_page"] as? Int == 2)
        #expect(second.object["total_is_capped"] as? Bool == false)
        let beyond = try fixture.call("GET", "/api/v1/keluarga?page=9&per_page=2", token: token)
        #expect((beyond.object["items"] as? [Any])?.isEmpty == true)
        for bad in ["page=0", "per_page=101", "per_page=abc", "page=-1"] {
            let response = try fixture.call("GET", "/api/v1/keluarga?\(bad)", token: token)
            #expect(response.status == 400, "\(bad)")
            #expect(response.errorCode == "bad_request")
        }
    }

    @Test func theNIKIsWholeOnlyForRolesThatMaySeeItAndThatViewIsAudited() throws {
        let fixture = try APIFixture()
        let staf = try fixture.token("staf", role: .staf)
        let kadis = try fixture.token("kadis", role: .kadis)
        try fixture.household(1)
        let nik = try #require(RegistryFixtures.person("Budi", serial: 1).nik)
        func audits() throws -> Int {
            try fixture.pool.read {
                try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = ?", [RegistryService.AuditAction.viewPerson])
            }
        }
        let full = try fixture.call("GET", "/api/v1/penduduk/\(nik)", token: staf)
        #expect(full.status == 200)
        let person = full.object["person"] as? [String: Any]
        #expect(person?["nik"] as? String == nik)
        #expect(person?["nik_masked"] as? Bool == false)
        #expect(try audits() == 1)
        let masked = try fixture.call("GET", "/api/v1/penduduk/\(nik)", token: kadis)
        #expect(masked.status == 200)
        #expect((masked.object["person"] as? [String: Any])?["nik"] as? String == IdentityNumberText.masked(nik))
        #expect(try audits() == 1, "a masked view writes nothing")
        #expect(full.object["sidamesra"] is NSNull)
        #expect(full.object["dtks"] is NSNull)
    }

    @Test func aPersonsStatusCarriesTheSidamesraScoreAndRank() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("kasi", role: .kasi)
        try fixture.pool.write { db in
            try ScoreFixtures.add(9001, total: 30, members: 4, noKK: 9001, desa: RegistryFixtures.poncosari, in: db)
            try ScoreFixtures.add(9002, total: 20, members: 4, noKK: 9002, desa: RegistryFixtures.poncosari, in: db)
        }
        let nik = "3402011505" + String(800_000 + 9001).suffix(6)
        let response = try fixture.call("GET", "/api/v1/penduduk/\(nik)", token: token)
        #expect(response.status == 200)
        let sidamesra = response.object["sidamesra"] as? [String: Any]
        #expect(sidamesra?["total"] as? Int == 30)
        #expect(sidamesra?["rank"] as? Int == 2, "the household scored 20 is poorer")
        #expect(sidamesra?["rank_area_count"] as? Int == 2)
        #expect(sidamesra?["category"] as? String != nil)
    }

    @Test func registeringAHouseholdGoesThroughTheServiceInOneTransaction() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        let head = RegistryFixtures.nik(born: "1975-02-03", sex: .male, serial: 2)
        let wife = RegistryFixtures.nik(born: "1978-04-05", sex: .female, serial: 3)
        func body(memberNIK: String, area: String = RegistryFixtures.poncosari) -> String {
            """
            {"no_kk": "\(RegistryFixtures.noKK(2))", "area_code": "\(area)",
             "head": {"nik": "\(head)", "name": "Joko", "sex": "L", "birth_date": "1975-02-03"},
             "members": [{"nik": "\(memberNIK)", "name": "Sri", "sex": "P", "birth_date": "1978-04-05",
                          "relationship": "istri"}]}
            """
        }
        // A member breaking a rule rolls the whole household back, naming the member's field.
        let refused = try fixture.call("POST", "/api/v1/keluarga", token: token, json: body(memberNIK: "12"))
        #expect(refused.status == 422)
        #expect(refused.errorCode == "validation_failed")
        #expect(refused.errorFields["members[0].nik"] != nil)
        #expect(try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM households") } == 0)

        let outside = try fixture.call(
            "POST", "/api/v1/keluarga", token: token, json: body(memberNIK: wife, area: RegistryFixtures.trimurti))
        #expect(outside.status == 422)
        #expect(outside.errorFields["area_code"] != nil)

        let created = try fixture.call("POST", "/api/v1/keluarga", token: token, json: body(memberNIK: wife))
        #expect(created.status == 201)
        let id = try #require((created.object["household"] as? [String: Any])?["id"] as? Int)
        #expect(created.raw.header("Location") == "/api/v1/keluarga/\(id)")
        let members = created.object["members"] as? [[String: Any]] ?? []
        #expect(members.map { $0["relationship"] as? String } == ["kepala", "istri"])
        let actions = try fixture.pool.read { db in
            try db.query("SELECT action, username FROM audit_log WHERE action LIKE 'keluarga.%' OR action LIKE 'penduduk.%' ORDER BY id")
                .map { "\(try $0.get(0, as: String.self)) \(try $0.get(1, as: String.self))" }
        }
        #expect(actions == ["keluarga.buat opr", "penduduk.tambah opr", "penduduk.tambah opr"])

        let again = try fixture.call("POST", "/api/v1/keluarga", token: token, json: body(memberNIK: wife))
        #expect(again.status == 422)
        #expect(again.errorFields["no_kk"] != nil || again.errorFields["head.nik"] != nil)
    }

    @Test func rankingIsPagedInsideTheScope() throws {
        let fixture = try APIFixture()
        let token = try fixture.token("opr", role: .operator, areas: [RegistryFixtures.poncosari])
        try fixture.pool.write { db in
            for id in Int64(1)...3 {
                try ScoreFixtures.add(9000 + id, total: 20 + Int(id), members: 3, noKK: 9000 + Int(id), desa: RegistryFixtures.poncosari, in: db)
            }
            try ScoreFixtures.add(9010, total: 10, members: 3, noKK: 9010, desa: RegistryFixtures.trimurti, in: db)
        }
        let response = try fixture.call("GET", "/api/v1/sidamesra/peringkat?per_page=2&page=2", token: token)
        #expect(response.status == 200)
        #expect(response.object["area_code"] as? String == RegistryFixtures.poncosari)
        let ranking = response.object["ranking"] as? [String: Any]
        let items = ranking?["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["rank"] as? Int } == [3])
        #expect(ranking?["total"] as? Int == 3)
    }
}
