import App
import Core
import Database
import Foundation
import Registry
import Sidakis
import Testing
import TestSupport

/// A running app on Monday 16 November 2026, 09.00 WIB (office hours), with a family of three in
/// Poncosari (head 46, wife 41, child 10), a household in Trimurti, and accounts for every role
/// SIDAKIS knows.
final class SidakisFixture {
    static let password = "Sandi-Rahasia-1"
    static let monday0900 = Date(timeIntervalSince1970: 1_794_794_400)

    let app: TestApp
    let service: ProposalService
    let activation: ActivationService
    let registry: RegistryService
    let family: (household: Household, head: Person, wife: Person, child: Person)
    let elsewhere: (household: Household, head: Person)
    private(set) var users: [String: CurrentUser] = [:]

    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF contoh".utf8)
    static let pdf: [UInt8] = Array("%PDF-1.4\n% contoh\n".utf8)
    /// An ELF executable renamed to .jpg.
    static let executable: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 64)

    init(start: Date = SidakisFixture.monday0900) throws {
        app = try TestApp(start: start)
        let pool = app.environment.pool
        let accounts = UserService(pool: pool, hasher: .testing, clock: app.environment.clock)
        for (username, role, areas) in [
            ("op.poncosari", Role.operator, [RegistryFixtures.poncosari]),
            ("op.trimurti", .operator, [RegistryFixtures.trimurti]),
            ("pendamping", .pendamping, ["34.02.01"]),
            ("staf", .staf, []), ("staf2", .staf, []), ("kasi", .kasi, []), ("kadis", .kadis, []), ("admin", .admin, []),
        ] {
            let user = try accounts.create(
                NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas,
                        password: Self.password),
                by: .cli)
            users[username] = CurrentUser(
                id: user.id, username: username, fullName: user.fullName, role: role,
                scope: role.isAreaBound ? .areas(areas) : .everywhere)
        }
        registry = RegistryService(pool: pool, clock: app.environment.clock)
        let created = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(11)),
            head: RegistryFixtures.person("Paijo Sutrisno", born: "1980-03-02", serial: 11), by: .cli, scope: .everywhere)
        let wife = try registry.addMember(
            to: created.household.id,
            RegistryFixtures.person("Painem", sex: .female, born: "1985-07-09", serial: 12, relationship: .wife),
            by: .cli, scope: .everywhere)
        let child = try registry.addMember(
            to: created.household.id,
            RegistryFixtures.person("Tole Sutrisno", born: "2016-01-20", serial: 13, relationship: .child),
            by: .cli, scope: .everywhere)
        family = (created.household, created.head, wife, child)
        elsewhere = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(21), area: RegistryFixtures.trimurti),
            head: RegistryFixtures.person("Sastro Trimurti", born: "1970-10-10", serial: 21), by: .cli, scope: .everywhere)
        let attachments = AttachmentService(pool: pool, directory: app.environment.uploadsDirectory)
        service = ProposalService(pool: pool, attachments: attachments, clock: app.environment.clock, settings: app.environment.settings)
        activation = ActivationService(proposals: service)
    }

    func user(_ name: String) -> CurrentUser {
        guard let user = users[name] else { fatalError("no user \(name) in the fixture") }
        return user
    }

    func actor(_ name: String) -> Actor {
        .user(user(name), address: "127.0.0.1", requestID: "test")
    }

    static func file(_ name: String, _ bytes: [UInt8]) -> AttachmentUpload {
        AttachmentUpload(fileName: name, content: .bytes(bytes))
    }

    /// Proposes `persons` of the family with every document they need.
    @discardableResult
    func propose(
        _ persons: [Person], by username: String = "op.poncosari", kind: ProposalKind = .newRegistration
    ) throws -> [Proposal] {
        var files = [SubmissionInput.Field.familyCard: Self.file("kk.jpg", Self.jpeg)]
        for person in persons { files[SubmissionInput.Field.personalDocument(person.id)] = Self.file("ktp.pdf", Self.pdf) }
        return try service.submit(
            SubmissionInput(
                personIDs: persons.map(\.id), kind: kind.rawValue,
                previousSegment: kind == .transfer ? PreviousSegment.selfPaying.rawValue : "",
                source: ProposalSource.kalurahan.rawValue, reason: "Tidak mampu membayar iuran"),
            files: files, by: actor(username), user: user(username))
    }

    /// Moves a proposal along the given page moves, each by the role that may make it.
    @discardableResult
    func advance(_ proposal: Proposal, through moves: [(String, String)]) throws -> Proposal {
        var current = proposal
        for (move, username) in moves {
            current = try service.move(
                current.id, move, version: current.version, note: "Catatan uji \(move)", by: actor(username), user: user(username))
        }
        return current
    }

    /// Received, verified and approved.
    func approved(_ proposal: Proposal) throws -> Proposal {
        try advance(proposal, through: [
            (SidakisWorkflow.Move.receive, "staf"), (SidakisWorkflow.Move.verify, "staf"), (SidakisWorkflow.Move.approve, "kasi"),
        ])
    }

    func events(_ id: Int64) throws -> [WorkflowEvent] {
        try app.environment.pool.read { try WorkflowHistory.events(workflow: "sidakis", itemID: id, in: $0) }
    }

    func signIn(_ username: String) throws -> TestBrowser {
        let browser = app.browser()
        let answer = try browser.login(username, Self.password)
        #expect(answer.status == 303, "signing in as \(username)")
        return browser
    }
}
