import Core
import DTKS
import Database
import Foundation
import Registry
import TestSupport
import Testing

/// A migrated temporary database with the DTKS services on a manual clock, users of every role
/// that works on proposals, and helpers to build households and an extract.
final class ProposalFixture {
    let database: TemporaryDatabase
    let registry: RegistryService
    let proposals: ProposalService
    let time: ManualTime
    let clock: Clock
    var pool: DatabasePool { database.pool }

    /// Wednesday 18 November 2026, 08.00 WIB.
    static let start = Date(timeIntervalSince1970: 1_794_963_600)
    static let staf = actor(2, "staf", .staf)
    static let operatorPoncosari = actor(3, "op.poncosari", .operator)
    static let pendamping = actor(4, "pendamping", .pendamping)
    static let kasi = actor(5, "kasi", .kasi)
    static let kadis = actor(6, "kadis", .kadis)
    static let operatorTrimurti = actor(7, "op.trimurti", .operator)

    static let poncosari = AreaScope.areas([RegistryFixtures.poncosari])
    static let srandakan = AreaScope.areas(["34.02.01"])

    static func actor(_ id: Int64, _ username: String, _ role: Role) -> Actor {
        Actor(kind: .user, userID: id, username: username, role: role, address: "127.0.0.1", requestID: "t")
    }

    init() throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, time) = Clock.manual(Self.start)
        self.time = time
        self.clock = clock
        registry = RegistryService(pool: database.pool, clock: clock)
        proposals = ProposalService(
            pool: database.pool, clock: clock,
            attachments: AttachmentService(pool: database.pool, directory: database.directory + "/uploads"))
        try database.pool.write { db in
            let now = ISO8601Timestamp.format(Self.start)
            for actor in [Self.staf, Self.operatorPoncosari, Self.pendamping, Self.kasi, Self.kadis, Self.operatorTrimurti] {
                try db.execute(
                    """
                    INSERT INTO users (id, username, full_name, role, password_hash, active, created_at, updated_at,
                                       password_changed_at)
                    VALUES (?, ?, ?, ?, 'x', 1, ?, ?, ?)
                    """,
                    [actor.userID, actor.username, "Pengguna \(actor.username)", actor.role?.rawValue, now, now, now])
            }
        }
    }

    /// A household in `area` with a head (serial gives distinct numbers).
    @discardableResult
    func household(
        _ serial: Int, area: String = RegistryFixtures.poncosari, head: String = "Budi Santoso", born: String = "1980-05-15",
        sex: Sex = .male
    ) throws -> (household: Household, head: Person) {
        try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial), area: area),
            head: RegistryFixtures.person(head, sex: sex, born: born, serial: serial), by: Self.staf, scope: .everywhere)
    }

    /// Writes `rows` (after the header) to a CSV file and returns its path.
    func extractFile(_ rows: [String], header: String = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,alamat,kode_wilayah") throws -> String {
        let path = database.file("dukcapil-\(UUID().uuidString).csv")
        try database.writeFile(path, ([header] + rows).joined(separator: "\n") + "\n")
        return path
    }

    /// The extract line of a registered person, optionally with one field changed.
    static func line(_ person: Person, noKK: String, name: String? = nil, born: String? = nil, sex: String? = nil) -> String {
        "\(person.nik),\(noKK),\(name ?? person.name),Bantul,\(born ?? person.birthDate.iso),\(sex ?? person.sex.rawValue),Jl. Mawar 7,34.02.01.2001"
    }

    /// Loads an extract with exactly `lines`.
    @discardableResult
    func loadExtract(_ lines: [String], validOnly: Bool = false) throws -> DukcapilImportReport {
        try DukcapilImport(pool: pool, clock: clock).load(
            path: try extractFile(lines), fileName: "dukcapil.csv", validOnly: validOnly, by: Self.staf)
    }

    /// A new proposal for `household`, complete requirements.
    func propose(_ household: Household, by actor: Actor = operatorPoncosari, scope: AreaScope = poncosari) throws -> Int64 {
        try proposals.propose(
            NewProposal(
                householdID: household.id, proposerType: .neighbourhood, proposerName: "Ketua RT 03",
                reason: "Kepala keluarga buruh harian, rumah berlantai tanah.",
                requirements: ProposalRequirements(familyCard: true, identityCard: true, povertyLetter: true)),
            by: actor, scope: scope)
    }

    /// Walks proposal `id` through steps 1–4, so it waits for matching.
    func toMatching(_ id: Int64) throws {
        let day = CalendarDate(year: 2026, month: 11, day: 18)
        try proposals.accept(id, version: try proposal(id).version, by: Self.staf, scope: .everywhere)
        try proposals.recordCoordination(id, version: try proposal(id).version, note: "Koordinasi", on: day, by: Self.staf, scope: .everywhere)
        try proposals.assess(
            id, version: try proposal(id).version, FieldAssessment(eligible: true, reasons: "Layak", day: day!),
            by: Self.pendamping, scope: Self.srandakan)
        try proposals.markEntered(id, version: try proposal(id).version, by: Self.staf, scope: .everywhere)
    }

    func proposal(_ id: Int64) throws -> Proposal {
        try #require(try pool.read { try ProposalStore.find(id, scope: .everywhere, in: $0) })
    }

    func count(_ table: String) throws -> Int {
        try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM \(table)") }
    }
}
