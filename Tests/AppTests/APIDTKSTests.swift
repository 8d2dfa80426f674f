import App
import Core
import Database
import DTKS
import Foundation
import Registry
import Testing
import TestSupport

/// The DTKS proposal endpoints: proposing through `ProposalService` with documents checked by
/// content, the area scope of the pages, role permissions, and answers matching the document.
@Suite struct APIDTKSTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]

    /// An office with two kalurahan operators, staff, a kasi, a household in each kalurahan, and
    /// the document to check every answer against.
    final class Office {
        let fixture: APIFixture
        let poncosari: String
        let trimurti: String
        let staf: String
        let kasi: String
        let kadis: String
        let mine: Int64
        let theirs: Int64
        let checker: APISchemaChecker

        init() throws {
            fixture = try APIFixture()
            poncosari = try fixture.token("op.poncosari", role: .operator, areas: [RegistryFixtures.poncosari])
            trimurti = try fixture.token("op.trimurti", role: .operator, areas: [RegistryFixtures.trimurti])
            staf = try fixture.token("staf", role: .staf)
            kasi = try fixture.token("kasi", role: .kasi)
            kadis = try fixture.token("kadis", role: .kadis)
            mine = try fixture.household(1, head: "Sumarni")
            theirs = try fixture.household(2, area: RegistryFixtures.trimurti, head: "Sumarno")
            checker = APISchemaChecker(document: try APIDocumentTests.fetchDocument(fixture))
        }

        /// The call, with its answer checked against the document's schema for its status.
        @discardableResult
        func call(_ method: String, _ target: String, token: String?, json: String? = nil) throws -> APIResponse {
            let response = try fixture.call(method, target, token: token, json: json)
            let path = target.split(separator: "?").first.map(String.init) ?? target
            let documented = path.split(separator: "/").map { Int($0) == nil ? String($0) : "{id}" }.joined(separator: "/")
            let schema = try #require(
                checker.responseSchema(method, "/" + documented, status: response.status),
                "\(method) \(documented) lists \(response.status)")
            let value = try #require(JSONNode.parse(response.raw.body), "\(method) \(target) answers JSON")
            let problems = checker.problems(value, schema)
            #expect(problems.isEmpty, "\(method) \(target): \(problems)")
            return response
        }

        func proposal(_ id: Int64) throws -> Proposal? {
            try fixture.pool.read { try ProposalStore.find(id, scope: .everywhere, in: $0) }
        }

        func count(_ table: String) throws -> Int {
            try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
        }

        /// An actor for the services, as the token's user.
        func actor(_ username: String) throws -> Actor {
            let user = try #require(try fixture.pool.read { db in
                try db.queryOne("SELECT id, role FROM users WHERE username = ?", [username]).map { row in
                    (try row.get(0, as: Int64.self), try row.get(1, as: String.self))
                }
            })
            return Actor(kind: .user, userID: user.0, username: username, role: Role(rawValue: user.1), address: "127.0.0.1", requestID: "t")
        }
    }

    static func body(
        household: String = "", proposer: String = "\"proposer_type\": \"rt_rw\", ",
        requirements: String = "\"requirements\": {\"kk\": true, \"ktp\": true, \"sktm\": true}",
        attachments: [(String, String, String)] = []
    ) -> String {
        let files = attachments.map { "{\"jenis\": \"\($0.0)\", \"nama_file\": \"\($0.1)\", \"isi_base64\": \"\($0.2)\"}" }
        return "{\(household)\(proposer)\"proposer_name\": \"Ketua RT 03\", \"reason\": \" Buruh harian \", \(requirements)"
            + (files.isEmpty ? "" : ", \"attachments\": [\(files.joined(separator: ", "))]") + "}"
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    @Test func anOperatorProposesAHouseholdWithItsDocuments() throws {
        let office = try Office()
        let created = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari,
            json: Self.body(
                household: "\"household_id\": \(office.mine), ",
                attachments: [("kk", "kk.pdf", Self.base64(Self.pdf)), ("sktm", "sktm.png", Self.base64(Self.png))]))
        #expect(created.status == 201)
        let id = try #require((created.object["id"] as? Int).map(Int64.init))
        #expect(created.object["status"] as? String == "diajukan")
        #expect(created.object["version"] as? Int == 1)
        #expect(created.object["household_id"] as? Int == Int(office.mine))
        #expect(created.raw.header("Location") == "/api/v1/dtks/usulan/\(id)")
        let stored = try #require(try office.proposal(id))
        #expect(stored.reason == "Buruh harian" && stored.proposerType == .neighbourhood && stored.requirements.isComplete)
        #expect(try office.count("attachments") == 2)

        let detail = try office.call("GET", "/api/v1/dtks/usulan/\(id)", token: office.poncosari)
        #expect(detail.status == 200)
        let documents = detail.object["documents"] as? [[String: Any]] ?? []
        #expect(Set(documents.compactMap { $0["content_type"] as? String }) == ["application/pdf", "image/png"])
        let history = detail.object["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["to"] as? String } == ["diajukan"])
        #expect(history.first?["by"] as? String == "op.poncosari")
        #expect(detail.object["assessment"] is NSNull && detail.object["matching"] is NSNull && detail.object["id_dtks"] is NSNull)
        let household = detail.object["household"] as? [String: Any]
        #expect(household?["no_kk"] as? String == RegistryFixtures.noKK(1), "an operator may see the whole No KK")
        #expect(household?["head_name"] as? String == "Sumarni")
    }

    @Test func aHouseholdCanBeNamedByItsNoKK() throws {
        let office = try Office()
        let created = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari,
            json: Self.body(household: "\"no_kk\": \"\(RegistryFixtures.noKK(1))\", "))
        #expect(created.status == 201)
        #expect(created.object["household_id"] as? Int == Int(office.mine))
        // The household now has an open proposal: a second one is a conflict, as on the page.
        let again = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari, json: Self.body(household: "\"household_id\": \(office.mine), "))
        #expect(again.status == 409)
        #expect(again.errorCode == "conflict")
    }

    @Test(arguments: [
        (APIDTKSTests.body(household: "\"household_id\": 1, ", proposer: ""), "proposer_type"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", proposer: "\"proposer_type\": \"tetangga\", "), "proposer_type"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", requirements: "\"requirements\": {\"kk\": true, \"ktp\": true}"), "requirements.sktm"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", requirements: "\"requirements\": {\"kk\": \"ya\", \"ktp\": true, \"sktm\": true}"), "requirements.kk"),
        (APIDTKSTests.body(household: "\"household_id\": \"satu\", "), "household_id"),
        (APIDTKSTests.body(), "household_id"),
        (APIDTKSTests.body(household: "\"household_id\": 1, \"no_kk\": \"\(RegistryFixtures.noKK(1))\", "), "no_kk"),
        (APIDTKSTests.body(household: "\"no_kk\": \"3402-0101\", "), "no_kk"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", attachments: [("akta", "a.pdf", "JVBERi0=")]), "attachments[0].jenis"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", attachments: [("kk", "a.pdf", "%%%bukan base64")]), "attachments[0].isi_base64"),
        (APIDTKSTests.body(household: "\"household_id\": 1, ", attachments: [("kk", "a.pdf", "")]), "attachments[0].isi_base64"),
        (
            APIDTKSTests.body(
                household: "\"household_id\": 1, ",
                attachments: [("kk", "a.pdf", Self.base64(Self.pdf)), ("ktp", "ktp.pdf", Self.base64(Array("bukan pdf".utf8)))]),
            "attachments[1].isi_base64"
        ),
        (
            Self.body(household: "\"household_id\": 1, ", attachments: Array(repeating: ("kk", "a.pdf", APIDTKSTests.base64(APIDTKSTests.pdf)), count: 6)),
            "attachments"
        ),
    ])
    func wrongInputIs422NamingTheField(_ body: String, _ field: String) throws {
        let office = try Office()
        let response = try office.call("POST", "/api/v1/dtks/usulan", token: office.poncosari, json: body)
        #expect(response.status == 422, "\(body)")
        #expect(response.errorCode == "validation_failed")
        #expect(response.errorFields[field] != nil, "\(response.errorFields)")
        #expect(try office.count("dtks_proposals") == 0)
        #expect(try office.count("attachments") == 0)
    }

    @Test func aFileIsJudgedByItsContentNotItsName() throws {
        let office = try Office()
        let response = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari,
            json: Self.body(
                household: "\"household_id\": \(office.mine), ",
                attachments: [("kk", "kk.pdf", Self.base64(Array("<html>bukan pdf</html>".utf8)))]))
        #expect(response.status == 422)
        #expect(response.errorFields["attachments[0].isi_base64"] == AttachmentError.typeNotAccepted(.document).message)
    }

    @Test func documentsUpToTheirLimitPassEvenPastTheServersDefaultBodySize() throws {
        let office = try Office()
        let largest = Array("%PDF-".utf8) + [UInt8](repeating: 0x20, count: AttachmentKind.document.maxByteCount - 5)
        let body = Self.body(
            household: "\"household_id\": \(office.mine), ",
            attachments: [("kk", "kk.pdf", Self.base64(largest)), ("ktp", "ktp.pdf", Self.base64(largest))])
        #expect(body.utf8.count > 10 * 1_048_576)
        let created = try office.call("POST", "/api/v1/dtks/usulan", token: office.poncosari, json: body)
        #expect(created.status == 201)
        #expect(try office.count("attachments") == 2)

        let tooLarge = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.trimurti,
            json: Self.body(
                household: "\"household_id\": \(office.theirs), ", attachments: [("kk", "kk.pdf", Self.base64(largest + [0x20]))]))
        #expect(tooLarge.status == 422)
        #expect(tooLarge.errorFields["attachments[0].isi_base64"] == AttachmentError.tooLarge(.document).message)
    }

    @Test func anotherKalurahansOperatorFindsNothing() throws {
        let office = try Office()
        for household in ["\"household_id\": \(office.theirs), ", "\"no_kk\": \"\(RegistryFixtures.noKK(2))\", "] {
            let refused = try office.call(
                "POST", "/api/v1/dtks/usulan", token: office.poncosari, json: Self.body(household: household))
            #expect(refused.status == 404, "\(household)")
            #expect(refused.errorCode == "not_found")
        }
        #expect(try office.count("dtks_proposals") == 0)

        let created = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari, json: Self.body(household: "\"household_id\": \(office.mine), "))
        let id = try #require(created.object["id"] as? Int)
        #expect(try office.call("GET", "/api/v1/dtks/usulan/\(id)", token: office.trimurti).status == 404)
        let list = try office.call("GET", "/api/v1/dtks/usulan", token: office.trimurti)
        #expect(list.object["total"] as? Int == 0)
        let outside = try office.call("GET", "/api/v1/dtks/usulan?wilayah=\(RegistryFixtures.poncosari)", token: office.trimurti)
        #expect(outside.status == 404)
        #expect(outside.errorFields["wilayah"] != nil)
    }

    @Test func aRoleThatMayNotProposeIs403ButMayRead() throws {
        let office = try Office()
        let refused = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.kasi, json: Self.body(household: "\"household_id\": \(office.mine), "))
        #expect(refused.status == 403)
        #expect(refused.errorCode == "forbidden")
        #expect(try office.count("dtks_proposals") == 0)
        #expect(try office.call("GET", "/api/v1/dtks/usulan", token: office.kasi).status == 200)
    }

    @Test func aSessionCookieIsRefused() throws {
        let office = try Office()
        let browser = office.fixture.app.browser()
        #expect(try browser.login("op.poncosari", APIFixture.password).status == 303)
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let post = try office.fixture.call(
            "POST", "/api/v1/dtks/usulan", json: Self.body(household: "\"household_id\": \(office.mine), "),
            headers: ["Cookie": cookie])
        #expect(post.status == 401)
        #expect(try office.fixture.call("GET", "/api/v1/dtks/usulan", headers: ["Cookie": cookie]).status == 401)
        #expect(try office.count("dtks_proposals") == 0)
    }

    @Test func unknownOrMalformedIdsAreNotFound() throws {
        let office = try Office()
        for id in ["999999", "abc", "0"] {
            let response = try office.fixture.call("GET", "/api/v1/dtks/usulan/\(id)", token: office.staf)
            #expect(response.status == 404, "\(id)")
            #expect(response.errorCode == "not_found")
        }
    }

    @Test func theListIsFilteredAndPaged() throws {
        let office = try Office()
        let other = try office.fixture.household(3, head: "Sukirah")
        for household in [office.mine, other] {
            _ = try office.call(
                "POST", "/api/v1/dtks/usulan", token: office.poncosari, json: Self.body(household: "\"household_id\": \(household), "))
        }
        _ = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.trimurti, json: Self.body(household: "\"household_id\": \(office.theirs), "))
        let staf = try office.actor("staf")
        let first = try #require(try office.fixture.pool.read { db in
            try db.scalar(Int64?.self, "SELECT min(id) FROM dtks_proposals")
        })
        let service = ProposalService(
            pool: office.fixture.pool, clock: office.fixture.app.environment.clock,
            attachments: AttachmentService(pool: office.fixture.pool, directory: office.fixture.app.environment.uploadsDirectory))
        try service.accept(first, version: 1, by: staf, scope: .everywhere)

        let all = try office.call("GET", "/api/v1/dtks/usulan?per_page=2", token: office.staf)
        #expect(all.object["total"] as? Int == 3)
        #expect((all.object["items"] as? [[String: Any]])?.count == 2)
        let second = try office.call("GET", "/api/v1/dtks/usulan?per_page=2&page=2", token: office.staf)
        #expect((second.object["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(first)], "newest first")

        let mine = try office.call("GET", "/api/v1/dtks/usulan", token: office.poncosari)
        let items = mine.object["items"] as? [[String: Any]] ?? []
        #expect(items.count == 2 && items.allSatisfy { $0["area_code"] as? String == RegistryFixtures.poncosari })
        #expect(items.allSatisfy { ($0["no_kk"] as? String)?.contains("•") == true })

        let coordination = try office.call("GET", "/api/v1/dtks/usulan?status=koordinasi", token: office.staf)
        #expect((coordination.object["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(first)])
        let trimurti = try office.call("GET", "/api/v1/dtks/usulan?wilayah=\(RegistryFixtures.trimurti)", token: office.staf)
        #expect(trimurti.object["total"] as? Int == 1)
        let kapanewon = try office.call("GET", "/api/v1/dtks/usulan?wilayah=34.02.01", token: office.staf)
        #expect(kapanewon.object["total"] as? Int == 3, "both kalurahan lie in Srandakan")

        for bad in ["status=selesai", "status=", "page=0", "per_page=101"] {
            let response = try office.call("GET", "/api/v1/dtks/usulan?\(bad)", token: office.staf)
            #expect(response.status == 400, "\(bad)")
        }
        #expect(try office.call("GET", "/api/v1/dtks/usulan?wilayah=99.99", token: office.staf).status == 404)
    }

    @Test func theDetailCarriesAssessmentMatchingAndTheIDDTKS() throws {
        let office = try Office()
        let created = try office.call(
            "POST", "/api/v1/dtks/usulan", token: office.poncosari, json: Self.body(household: "\"household_id\": \(office.mine), "))
        let id = try #require((created.object["id"] as? Int).map(Int64.init))
        let environment = office.fixture.app.environment
        let service = ProposalService(
            pool: environment.pool, clock: environment.clock,
            attachments: AttachmentService(pool: environment.pool, directory: environment.uploadsDirectory))
        let staf = try office.actor("staf")
        let day = try #require(CalendarDate(year: 2026, month: 11, day: 18) as CalendarDate?)
        func version() throws -> Int { try office.proposal(id)?.version ?? 0 }
        try service.accept(id, version: try version(), by: staf, scope: .everywhere)
        try service.recordCoordination(id, version: try version(), note: "Dibahas dengan RT", on: day, by: staf, scope: .everywhere)
        try service.assess(
            id, version: try version(), FieldAssessment(eligible: true, reasons: "Lantai tanah", day: day), by: staf, scope: .everywhere)
        try service.markEntered(id, version: try version(), by: staf, scope: .everywhere)
        let head = try #require(try office.fixture.pool.read { try PersonStore.members(of: office.mine, in: $0) }.first)
        let extract = NSTemporaryDirectory() + "dukcapil-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: extract) }
        try Data((
            "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,alamat,kode_wilayah\n"
                + "\(head.nik),\(RegistryFixtures.noKK(1)),\(head.name),Bantul,\(head.birthDate.iso),\(head.sex.rawValue),Jl. Mawar 7,"
                + "\(RegistryFixtures.poncosari)\n").utf8
        ).write(to: URL(fileURLWithPath: extract))
        _ = try DukcapilImport(pool: environment.pool, clock: environment.clock).load(path: extract, fileName: "dukcapil.csv", by: staf)
        #expect(try service.match(id, version: try version(), by: staf, scope: .everywhere))

        let detail = try office.call("GET", "/api/v1/dtks/usulan/\(id)", token: office.staf)
        #expect(detail.object["status"] as? String == "finalisasi")
        let assessment = detail.object["assessment"] as? [String: Any]
        #expect(assessment?["eligible"] as? Bool == true && assessment?["assessed_on"] as? String == "2026-11-18")
        let matching = detail.object["matching"] as? [String: Any]
        #expect(matching?["padan"] as? Bool == true)
        let members = matching?["members"] as? [[String: Any]] ?? []
        #expect(members.map { $0["nik"] as? String } == [head.nik], "staf may see the whole NIK")
        #expect((detail.object["coordination"] as? [String: Any])?["note"] as? String == "Dibahas dengan RT")
        let history = detail.object["history"] as? [[String: Any]] ?? []
        #expect(history.map { $0["to"] as? String } == ["diajukan", "koordinasi", "penilaian", "input", "pemadanan", "finalisasi"])

        // The Ministry's ID arrives through finalisation (FinalisationTests); here only its display.
        try office.fixture.pool.write { db in
            try db.execute("UPDATE dtks_proposals SET status = 'terdaftar', id_dtks = 'ID-3402-0001' WHERE id = ?", [id])
        }
        let registered = try office.call("GET", "/api/v1/dtks/usulan/\(id)", token: office.kadis)
        #expect(registered.object["id_dtks"] as? String == "ID-3402-0001")
        #expect(registered.object["status"] as? String == "terdaftar")
        let masked = (registered.object["matching"] as? [String: Any])?["members"] as? [[String: Any]]
        #expect(masked?.first?["nik"] as? String == IdentityNumberText.masked(head.nik), "the kadis sees NIKs masked")
    }
}
