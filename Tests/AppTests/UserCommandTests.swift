import App
import Core
import Database
import Foundation
import Glibc
import Testing
import TestSupport

/// `dinsos user create` and `dinsos seed --demo`, run as the executable runs them, on temporary databases.
@Suite struct UserCommandTests {
    /// A database path in a fresh folder; the folder is removed by `remove()`.
    struct Place {
        let folder: String
        var database: String { folder + "/data/dinsos.sqlite" }

        init() {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-user-\(UUID().uuidString)").path
        }

        func migrated() throws -> Place {
            try MigrateCommand.apply(databasePath: database, root: TestApp.root)
            return self
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }

        func read<T>(_ body: (Connection) throws -> T) throws -> T {
            let pool = try DatabasePool(path: database)
            defer { pool.close() }
            return try pool.read(body)
        }
    }

    static func options(_ place: Place, username: String = "budi", role: String, areas: [String] = []) -> UserCreateCommand.Options {
        UserCreateCommand.Options(username: username, role: role, areas: areas, databasePath: place.database, root: TestApp.root)
    }

    /// The exit status the executable gives for what `body` throws (0 when it throws nothing).
    static func exitStatusOf(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return 0
        } catch {
            return exitStatus(for: error)
        }
    }

    @Test(arguments: [
        ("operator", [String]()), ("operator", ["34.02.01.2001", "34.02.01.2002"]), ("pendamping", []),
        ("admin", ["34.02.01"]), ("staf", ["34.02.01.2001"]), ("kasi", ["34.02"]), ("kadis", ["34"]),
        ("boss", []), ("Admin", []), ("", []),
    ])
    func wrongUsageExitsTwoBeforeTouchingTheDatabase(role: String, areas: [String]) throws {
        let place = Place()
        defer { place.remove() }
        #expect(UserCreateCommand.usageProblem(role: role, areaCount: areas.count) != nil)
        let status = Self.exitStatusOf {
            try UserCreateCommand.run(Self.options(place, role: role, areas: areas), passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        }
        #expect(status == 2)
        #expect(!FileManager.default.fileExists(atPath: place.database))
    }

    @Test(arguments: [
        ("operator", 1), ("pendamping", 1), ("pendamping", 3), ("admin", 0), ("staf", 0), ("kasi", 0), ("kadis", 0),
    ])
    func rightUsageHasNoProblem(role: String, areaCount: Int) {
        #expect(UserCreateCommand.usageProblem(role: role, areaCount: areaCount) == nil)
    }

    @Test func anOperatorIsCreatedWithTheProductionHasherAndAuditedAsCLI() throws {
        let place = try Place().migrated()
        defer { place.remove() }
        let status = Self.exitStatusOf {
            try UserCreateCommand.run(
                Self.options(place, username: "op.poncosari", role: "operator", areas: ["34.02.01.2001"]),
                passwordLine: "Sandi-Rahasia-1")
        }
        #expect(status == 0)
        let (user, hash, audit) = try place.read { db in
            let user = try UserStore.find(username: "op.poncosari", in: db)
            let hash = try user.flatMap { try UserStore.passwordHash(of: $0.id, in: db) }
            let audit = try db.queryOne(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log")
            return (user, hash, audit)
        }
        #expect(user?.fullName == "op.poncosari")
        #expect(user?.areaCodes == ["34.02.01.2001"])
        #expect(hash?.hasPrefix("pbkdf2-sha256$\(PasswordHasher.productionRounds)$") == true)
        #expect(PasswordHasher().verify("Sandi-Rahasia-1", against: hash ?? ""))
        #expect(audit?.action == "user.buat")
        #expect(audit?.actor == "cli")
    }

    @Test func aPendampingTakesRepeatedDesaAndAFullName() throws {
        let place = try Place().migrated()
        defer { place.remove() }
        var options = Self.options(place, username: "pendamping", role: "pendamping", areas: ["34.02.01.2002", "34.02.01.2001"])
        options.fullName = "Fajar Wicaksono"
        try UserCreateCommand.run(options, passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        let user = try place.read { try UserStore.find(username: "pendamping", in: $0) }
        #expect(user?.fullName == "Fajar Wicaksono")
        #expect(user?.areaCodes == ["34.02.01.2001", "34.02.01.2002"])
    }

    @Test(arguments: [
        ("operator", ["34.02.01"], "Sandi-Rahasia-1"),  // a kecamatan, not a desa
        ("operator", ["34.99.99.9999"], "Sandi-Rahasia-1"),  // unknown
        ("pendamping", ["34.02.01", "34.02.03"], "Sandi-Rahasia-1"),  // two kecamatan
        ("admin", [], "pendek"),  // password policy
        ("admin", [], "budi"),
    ])
    func rulesNeedingTheDatabaseFailWithExitOne(role: String, areas: [String], password: String) throws {
        let place = try Place().migrated()
        defer { place.remove() }
        let status = Self.exitStatusOf {
            try UserCreateCommand.run(Self.options(place, role: role, areas: areas), passwordLine: password, hasher: .testing)
        }
        #expect(status == 1)
        #expect(try place.read { try UserStore.count(in: $0) } == 0)
    }

    @Test func aTakenUsernameFailsWithExitOneWhateverItsCase() throws {
        let place = try Place().migrated()
        defer { place.remove() }
        try UserCreateCommand.run(Self.options(place, username: "Admin", role: "admin"), passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        #expect {
            try UserCreateCommand.run(Self.options(place, username: "admin", role: "kasi"), passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        } throws: { error in
            exitStatus(for: error) == 1 && "\(error)".contains("sudah dipakai")
        }
    }

    @Test func noPasswordOnStandardInputFailsWithExitOne() throws {
        let place = try Place().migrated()
        defer { place.remove() }
        #expect(Self.exitStatusOf { try UserCreateCommand.run(Self.options(place, role: "admin"), passwordLine: nil, hasher: .testing) } == 1)
    }

    @Test func pendingMigrationsAreRefusedWithExitOne() throws {
        let place = Place()
        defer { place.remove() }
        #expect {
            try UserCreateCommand.run(Self.options(place, role: "admin"), passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        } throws: { error in
            exitStatus(for: error) == 1 && "\(error)".contains("pending") && "\(error)".contains("dinsos migrate")
        }
    }

    /// Writes `bytes` into a pipe, closes its writing end, and reads the password line from it.
    static func passwordLine(_ bytes: String) throws -> (line: String?, rest: String) {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let written = Array(bytes.utf8).withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.utf8.count)
        close(ends[1])
        defer { close(ends[0]) }
        let line = try UserCreateCommand.readPasswordLine(from: ends[0])
        var rest: [UInt8] = []
        var byte: UInt8 = 0
        while read(ends[0], &byte, 1) == 1 { rest.append(byte) }
        return (line, String(decoding: rest, as: UTF8.self))
    }

    @Test(arguments: [
        ("Sandi-Rahasia-1\n", "Sandi-Rahasia-1", ""), ("Sandi Rahasia 1\r\n", "Sandi Rahasia 1", ""),
        ("pertama\nkedua\n", "pertama", "kedua\n"), ("tanpa-akhir-baris", "tanpa-akhir-baris", ""), ("\n", "", ""),
        ("kata sandi ü\n", "kata sandi ü", ""),
    ])
    func thePasswordIsTheFirstLineWithoutItsEnding(input: String, expected: String, rest: String) throws {
        let result = try Self.passwordLine(input)
        #expect(result.line == expected)
        #expect(result.rest == rest)
    }

    @Test func emptyStandardInputHasNoPassword() throws {
        #expect(try Self.passwordLine("").line == nil)
    }

    @Test func aPasswordLineThatIsNotUTF8IsRefused() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes: [UInt8] = [0xFF, 0xFE, 0x0A]
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        defer { close(ends[0]) }
        #expect(throws: CommandFailure.self) { try UserCreateCommand.readPasswordLine(from: ends[0]) }
    }

    @Test func theDemoSeedMigratesCreatesOneAccountPerRoleAndRunsOnlyOnce() throws {
        let place = Place()
        defer { place.remove() }
        let created = try SeedCommand.runDemo(databasePath: place.database, root: TestApp.root, hasher: .testing)
        #expect(created.map(\.username) == SeedCommand.demoAccounts.map(\.username))
        #expect(Set(created.map(\.role)) == Set(Role.allCases))
        #expect(created.first { $0.role == .operator }?.areas.first?.level == .desa)
        #expect(created.first { $0.role == .pendamping }?.areas.first?.level == .kecamatan)

        let again = try SeedCommand.runDemo(databasePath: place.database, root: TestApp.root, hasher: .testing)
        #expect(again.isEmpty)
        let (users, audits, hash) = try place.read { db in
            (try UserStore.count(in: db),
             try db.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'user.buat' AND actor = 'cli'"),
             try UserStore.find(username: "admin", in: db).flatMap { try UserStore.passwordHash(of: $0.id, in: db) })
        }
        #expect(users == SeedCommand.demoAccounts.count)
        #expect(audits == SeedCommand.demoAccounts.count)
        #expect(PasswordHasher.testing.verify(SeedCommand.demoPassword, against: hash ?? ""))
        let (households, persons, kalurahan) = try place.read { db in
            (try db.scalar(Int.self, "SELECT count(*) FROM households"),
             try db.scalar(Int.self, "SELECT count(*) FROM persons"),
             Set(try db.query("SELECT DISTINCT area_code FROM households").map { try $0.get(0) as String }))
        }
        #expect(households == 12, "the demo households are seeded once, with the accounts")
        #expect(persons == 29)
        #expect(kalurahan == Set(SeedCommand.demoAccounts.filter { $0.role == .operator }.flatMap(\.areaCodes)))
    }

    @Test func theDemoSeedLeavesADatabaseWithAccountsAlone() throws {
        let place = try Place().migrated()
        defer { place.remove() }
        try UserCreateCommand.run(Self.options(place, username: "kepala", role: "kadis"), passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        #expect(try SeedCommand.runDemo(databasePath: place.database, root: TestApp.root, hasher: .testing).isEmpty)
        #expect(try place.read { try UserStore.count(in: $0) } == 1)
    }

    @Test func theDemoAccountsMeetTheRulesAndMatchTheReadme() throws {
        let readme = try String(contentsOfFile: TestApp.root + "/README.md", encoding: .utf8)
        #expect(readme.contains(SeedCommand.demoPassword))
        for account in SeedCommand.demoAccounts {
            #expect(UserRules.usernameProblem(account.username) == nil)
            #expect(PasswordPolicy.problem(with: SeedCommand.demoPassword, username: account.username) == nil)
            #expect(readme.contains("`\(account.username)`"), "README.md lists \(account.username)")
        }
    }
}
