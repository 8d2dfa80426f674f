import App
import Core
import Database
import Foundation
import Registry
import Sidakis
import Testing
import TestSupport

/// `APIFixture` with what SIDAKIS needs: a family of three in Poncosari (head 46, wife 41,
/// child 10), a household in Trimurti, tokens for the roles, the services to prepare states the
/// API does not make (activation batches), and every answer checked against the document.
final class APISidakisFixture {
    let api: APIFixture
    let checker: APISchemaChecker
    let service: ProposalService
    let activation: ActivationService
    let head: Person
    let wife: Person
    let child: Person
    let outsider: Person
    private(set) var tokens: [String: String] = [:]

    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF contoh".utf8)
    static let pdf: [UInt8] = Array("%PDF-1.4\n% contoh\n".utf8)
    /// An ELF executable, whatever its name says.
    static let executable: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 64)

    /// `maxBody` as `dinsos serve` has it by default (the test app's is 1 MiB).
    init() throws {
        api = try APIFixture { $0.maxBody = 10 * 1_048_576 }
        let pool = api.pool
        for (username, role, areas) in [
            ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]),
            ("op.trimurti", .operator, [RegistryFixtures.trimurti]),
            ("staf", .staf, []), ("kasi", .kasi, []), ("kadis", .kadis, []),
        ] {
            tokens[username] = try api.token(username, role: role, areas: areas)
        }
        let created = try api.registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(11)),
            head: RegistryFixtures.person("Paijo Sutrisno", born: "1980-03-02", serial: 11), by: .cli, scope: .everywhere)
        head = created.head
        wife = try api.registry.addMember(
            to: created.household.id,
            RegistryFixtures.person("Painem", sex: .female, born: "1985-07-09", serial: 12, relationship: .wife),
            by: .cli, scope: .everywhere)
        child = try api.registry.addMember(
            to: created.household.id,
            RegistryFixtures.person("Tole Sutrisno", born: "2016-01-20", serial: 13, relationship: .child),
            by: .cli, scope: .everywhere)
        outsider = try api.registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(21), area: RegistryFixtures.trimurti),
            head: RegistryFixtures.person("Sastro Trimurti", born: "1970-10-10", serial: 21), by: .cli, scope: .everywhere
        ).head
        let environment = api.app.environment
        service = ProposalService(
            pool: pool, attachments: AttachmentService(pool: pool, directory: environment.uploadsDirectory),
            clock: environment.clock, settings: environment.settings)
        activation = ActivationService(proposals: service)
        let document = try #require(JSONNode.parse(try api.call("GET", APIPaths.document).raw.body))
        checker = APISchemaChecker(document: document)
    }

    func token(_ username: String) -> String { tokens[username] ?? "" }

    /// One call whose answer must have `status` and match the document's schema for it.
    @discardableResult
    func call(
        _ method: String, _ target: String, as username: String?, json: String? = nil, expect status: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> APIResponse {
        let response = try api.call(method, target, token: username.map(token), json: json)
        #expect(response.status == status, "\(method) \(target): \(response.raw.text)", sourceLocation: sourceLocation)
        let path = Self.documentPath(target)
        if let schema = checker.responseSchema(method, path, status: response.status) {
            let value = try #require(JSONNode.parse(response.raw.body), "\(method) \(target) answers JSON")
            let problems = checker.problems(value, schema)
            #expect(problems.isEmpty, "\(method) \(target): \(problems)", sourceLocation: sourceLocation)
        } else {
            Issue.record("\(method) \(path) does not list \(response.status)", sourceLocation: sourceLocation)
        }
        return response
    }

    /// `/api/v1/sidakis/usulan/{id}` for `/api/v1/sidakis/usulan/12?x=1`.
    static func documentPath(_ target: String) -> String {
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        return path.split(separator: "/").map { $0.allSatisfy(\.isNumber) ? "{id}" : String($0) }
            .reduce("") { $0 + "/" + $1 }
    }

    static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    static func document(_ kind: String, nik: String? = nil, bytes: [UInt8] = pdf, name: String = "berkas.pdf") -> [String: Any] {
        var document: [String: Any] = ["jenis": kind, "nama_file": name, "isi_base64": Data(bytes).base64EncodedString()]
        if let nik { document["nik"] = nik }
        return document
    }

    /// A submission of `persons` with every document they need, before `change`.
    func submission(_ persons: [Person], change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var documents = [Self.document("kk", bytes: Self.jpeg, name: "kk.jpg")]
        for person in persons {
            documents.append(Self.document(person.id == child.id ? "akta_kia" : "ktp", nik: person.nik))
        }
        var body: [String: Any] = [
            "orang": persons.map(\.nik), "jenis": "baru", "sumber": "kalurahan", "alasan": "Tidak mampu membayar iuran",
            "berkas": documents,
        ]
        change(&body)
        return Self.json(body)
    }

    /// Submits `persons` through the API as `username` and returns the created proposals' ids.
    func submit(_ persons: [Person], as username: String = "op.poncosari") throws -> [Int64] {
        let response = try call("POST", "/api/v1/sidakis/usulan", as: username, json: submission(persons), expect: 201)
        return (response.object["usulan"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? Int).map(Int64.init) }
    }

    /// Takes `move` through the API at the proposal's present version.
    @discardableResult
    func move(_ id: Int64, _ move: String, as username: String, note: String = "Catatan uji") throws -> APIResponse {
        let version = try service.proposal(id, scope: .everywhere).version
        return try call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: username,
            json: Self.json(["langkah": move, "versi": version, "catatan": note]), expect: 200)
    }

    /// Received, verified, approved and put into a new activation batch; returns the batch id.
    func batch(of ids: [Int64]) throws -> Int64 {
        for id in ids {
            try move(id, SidakisWorkflow.Move.receive, as: "staf")
            try move(id, SidakisWorkflow.Move.verify, as: "staf")
            try move(id, SidakisWorkflow.Move.approve, as: "kasi")
        }
        let staf = try #require(try api.pool.read { db in
            try db.queryOne("SELECT id FROM users WHERE username = 'staf'").map { row -> Int64 in try row.get(0) }
        })
        let user = CurrentUser(id: staf, username: "staf", fullName: "staf", role: .staf, scope: .everywhere)
        return try activation.createBatch(by: .user(user, address: "127.0.0.1", requestID: "uji"), user: user).id
    }

    func count(_ table: String) throws -> Int {
        try api.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
    }
}
