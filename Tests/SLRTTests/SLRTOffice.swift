import App
import Core
import Database
import Foundation
import Registry
import SLRT
import Testing
import TestSupport

/// A running application with the SLRT roles (front office and back office staf, kasi, kadis,
/// admin, an operator of Trimurti), one household in Poncosari whose head asks for letters, and
/// helpers that take requests through the service the pages use.
final class SLRTOffice {
    static let password = "Sandi-Rahasia-1"

    let app: TestApp
    let users: [String: User]
    let registry: RegistryService
    let applicant: (household: Household, head: Person)
    let requests: RequestService

    init() throws {
        app = try TestApp()
        let service = UserService(pool: app.environment.pool, hasher: .testing, clock: app.environment.clock)
        var users: [String: User] = [:]
        for (username, role, areas) in [
            ("staf.fo", Role.staf, [String]()), ("staf.bo", .staf, []), ("kasi", .kasi, []), ("kadis", .kadis, []),
            ("admin", .admin, []), ("op.trimurti", .operator, [RegistryFixtures.trimurti]),
        ] {
            users[username] = try service.create(
                NewUser(username: username, fullName: "Petugas \(username)", role: role, areaCodes: areas, password: Self.password),
                by: .cli)
        }
        self.users = users
        registry = RegistryService(pool: app.environment.pool, clock: app.environment.clock, settings: app.environment.settings)
        applicant = try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(1)),
            head: RegistryFixtures.person("Siti Aminah", sex: .female, born: "1979-03-12", serial: 7),
            by: .cli, scope: .everywhere)
        requests = RequestService(
            pool: app.environment.pool, clock: app.environment.clock, settings: app.environment.settings,
            attachments: AttachmentService(pool: app.environment.pool, directory: app.environment.uploadsDirectory),
            templates: app.environment.templates)
    }

    var pool: DatabasePool { app.environment.pool }

    /// The actor of `username` as a request would make it.
    func actor(_ username: String) -> Actor {
        let user = users[username]!
        return Actor(kind: .user, userID: user.id, username: user.username, role: user.role, address: "127.0.0.1", requestID: "t")
    }

    func scope(_ username: String) -> AreaScope { users[username]!.scope }

    /// An SKTM (or `type`) request of the household head with every document ticked.
    func newRequest(_ type: LetterType = .sktm, nik: String? = nil) throws -> ServiceRequest {
        let purpose = Dictionary(uniqueKeysWithValues: type.purposeFields.map { field in
            (field.key, field.kind == .date ? "2026-12-20" : "Contoh \(field.label)")
        })
        return try requests.create(
            RequestInput(letterType: type, nik: nik ?? applicant.head.nik, purpose: purpose,
                         documents: type.requiredDocuments.map(\.key)),
            uploads: [:], by: actor("staf.fo"), scope: .everywhere)
    }

    /// Takes step `transition` as `username` on the request's current version.
    @discardableResult
    func move(_ request: ServiceRequest, _ transition: String, as username: String, note: String = "") throws -> ServiceRequest {
        let current = try requests.request(request.id, scope: .everywhere)
        return try requests.move(
            request.id, transition: transition, note: note, version: current.version, by: actor(username), scope: scope(username))
    }

    /// A request moved to back-office verification (documents complete, DTKS checked).
    func verifiedRequest(_ type: LetterType = .sktm) throws -> ServiceRequest {
        let request = try newRequest(type)
        try move(request, SLRTWorkflow.Transition.complete, as: "staf.fo")
        return try move(request, SLRTWorkflow.Transition.checkDTKS, as: "staf.fo")
    }

    /// A request waiting for the signatory (eligible through the kasi's exception when needed).
    func signingRequest(_ type: LetterType = .sktm) throws -> ServiceRequest {
        var request = try verifiedRequest(type)
        if !request.mayBeRecommended {
            request = try requests.override(
                request.id, reason: "Keluarga baru kehilangan pekerjaan, dicek langsung", version: request.version,
                by: actor("kasi"), scope: .everywhere)
        }
        return try move(request, SLRTWorkflow.Transition.recommend, as: "staf.bo", note: "Berkas sesuai")
    }

    /// Gives the applicant's household a SIDAMESRA score of `total` under the example set.
    func score(_ total: Int) throws {
        try pool.write { db in
            try db.execute(
                """
                INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
                VALUES (900, ?, 1, ?, ?, '2026-03-02', 'sintetis', 1, '2026-03-02T00:00:00Z')
                """,
                [applicant.household.id, total, ScoreFixtures.band(total)])
            try db.execute(
                """
                INSERT INTO household_scores (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
                                              kecamatan_code, no_kk, assessed_on)
                SELECT ?, 900, 900, 1, ?, ?, 1, code, parent_code, ?, '2026-03-02' FROM areas WHERE code = ?
                """,
                [applicant.household.id, total, ScoreFixtures.band(total), applicant.household.noKK, applicant.household.areaCode])
        }
    }

    /// Registers the applicant in DTKS/DTSEN with `desil` (a finalised member row of the DTKS module).
    func registerInDTKS(id: String?, desil: Int?) throws {
        try pool.write { db in
            try db.execute(
                """
                INSERT INTO dtks_members (nik, person_id, household_id, no_kk, name, area_code, id_dtks, desil, since, source,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2025-06-01', 'finalisasi', '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z')
                """,
                [applicant.head.nik, applicant.head.id, applicant.household.id, applicant.household.noKK, applicant.head.name,
                 applicant.household.areaCode, id, desil])
        }
    }

    /// A browser signed in as `username`.
    func signIn(_ username: String) throws -> TestBrowser {
        let browser = app.browser()
        let answer = try browser.login(username, Self.password)
        #expect(answer.status == 303, "signing in as \(username)")
        return browser
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try pool.read { try $0.scalar(Int.self, sql, arguments) }
    }
}
