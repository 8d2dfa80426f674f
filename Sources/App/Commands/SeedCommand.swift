package import Core
import Database
package import Foundation
import Registry
import SLRT

/// `dinsos seed --demo`: applies pending migrations, then creates one demo account per role
/// while the database has no account at all, and with them the demo households and work in
/// SIDAMESRA, SIDAKIS, DTKS and SLRT, made through the modules' services (`Demo/`). The names are invented;
/// the areas are real Bantul codes from Migrations/0002_wilayah_bantul.sql. README.md lists the
/// same logins.
package enum SeedCommand {
    /// One demo login.
    package struct DemoAccount: Sendable, Equatable {
        package let username: String
        package let fullName: String
        package let role: Role
        package let areaCodes: [String]
    }

    /// The password of every demo account (meets `PasswordPolicy`; printed and in README.md).
    package static let demoPassword = "Dinsos-Demo-2026"

    /// The demo accounts, in the order they are created and listed.
    package static let demoAccounts: [DemoAccount] = [
        DemoAccount(username: "admin", fullName: "Hendra Saputro", role: .admin, areaCodes: []),
        DemoAccount(username: "staf", fullName: "Ratna Kusumawati", role: .staf, areaCodes: []),
        DemoAccount(username: "kasi", fullName: "Agus Priyanto", role: .kasi, areaCodes: []),
        DemoAccount(username: "kadis", fullName: "Wahyu Setiawan", role: .kadis, areaCodes: []),
        DemoAccount(username: "op.poncosari", fullName: "Siti Nurhayati", role: .operator, areaCodes: ["34.02.01.2001"]),
        DemoAccount(username: "op.trimurti", fullName: "Joko Susilo", role: .operator, areaCodes: ["34.02.01.2002"]),
        DemoAccount(username: "op.parangtritis", fullName: "Endah Purwaningsih", role: .operator, areaCodes: ["34.02.03.2002"]),
        DemoAccount(username: "pendamping.srandakan", fullName: "Fajar Wicaksono", role: .pendamping, areaCodes: ["34.02.01"]),
    ]

    /// The public address written into demo letters' QR codes (SLRT settings, changeable by the admin).
    package static let demoPublicURL = "http://127.0.0.1:8080"

    /// Seeds the demo accounts, households and module data; returns the accounts created (none,
    /// and nothing else written, when accounts existed). The demo's work is spread over the five
    /// weeks before `now`'s week (`DemoTimeline`); uploads go to `uploadsDirectory`, by default
    /// the folder `dinsos serve` uses beside the database.
    @discardableResult
    package static func runDemo(
        databasePath: String, root: String, hasher: PasswordHasher = PasswordHasher(), uploadsDirectory: String? = nil,
        now: Date = Date()
    ) throws -> [User] {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.applyPendingMigrations(pool, root: root)
        let settings = SettingsCache(try SettingsStore.load(pool))
        let timeline = DemoTimeline(now: now, timeZone: settings.current.timeZone)
        timeline.move(to: timeline.date(week: 0, day: 0, 7, 30))

        let service = UserService(pool: pool, hasher: hasher, clock: timeline.clock, settings: settings)
        let inputs = demoAccounts.map {
            NewUser(username: $0.username, fullName: $0.fullName, role: $0.role, areaCodes: $0.areaCodes, password: demoPassword)
        }
        let created: [User]
        do {
            created = try service.createFirstUsers(inputs, by: .cli)
        } catch let error as UserError {
            throw CommandFailure("demo accounts refused: \(UserCreateCommand.describe(error))")
        }
        guard !created.isEmpty else {
            printToStandardOutput("Sudah ada pengguna di basis data; seed --demo tidak mengubah apa pun.")
            return []
        }
        printToStandardOutput("Akun demo dibuat (kata sandi sama untuk semua):")
        for line in table(created) { printToStandardOutput(line) }
        try setDemoPublicURL(pool, at: timeline.clock.now)
        let families: [DemoHouseholds.Recorded]
        do {
            families = try DemoHouseholds.seed(
                with: RegistryService(pool: pool, clock: timeline.clock, settings: settings), by: .cli)
        } catch let error as RegistryError {
            throw CommandFailure("demo households refused: \(error.publicMessage ?? "\(error)")")
        }
        printToStandardOutput("\(families.count) keluarga demo dicatat di kalurahan para operator demo.")

        let office = DemoOffice(
            pool: pool, timeline: timeline, settings: settings,
            attachments: AttachmentService(
                pool: pool, directory: uploadsDirectory ?? ServeOptions(databasePath: databasePath).resolvedUploadsDirectory),
            templates: try AppEnvironment.loadTemplates(root: root, development: false),
            users: Dictionary(uniqueKeysWithValues: created.map { ($0.username, $0) }), families: families)
        DemoSidamesra(office: office).plan(on: timeline)
        DemoSidakis(office: office).plan(on: timeline)
        DemoDTKS(office: office).plan(on: timeline)
        DemoSLRT(office: office).plan(on: timeline)
        do {
            try timeline.run()
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure("demo data refused: \(error)")
        }
        for line in try DemoSummary.lines(pool) { printToStandardOutput(line) }
        return created
    }

    /// The address `make run` serves on, so the demo letters' QR codes open the verification page.
    private static func setDemoPublicURL(_ pool: DatabasePool, at date: Date) throws {
        try pool.write { db in
            var slrt = try SLRTSettingsStore.load(in: db)
            guard slrt.settings.publicBaseURL.isEmpty else { return }
            slrt.settings.publicBaseURL = demoPublicURL
            _ = try SLRTSettingsStore.save(slrt.settings, expectedVersion: slrt.version, by: .cli, at: date, in: db)
        }
    }

    /// The created accounts as aligned columns: username, role, area, password.
    static func table(_ users: [User]) -> [String] {
        let settings = Settings()
        let rows = [["Nama pengguna", "Peran", "Wilayah", "Kata sandi"]]
            + users.map { user in
                let areas = user.areas.isEmpty
                    ? "seluruh wilayah"
                    : user.areas.map { "\(settings.word(for: $0.level)) \($0.name) (\($0.code))" }.joined(separator: ", ")
                return [user.username, user.role.rawValue, areas, demoPassword]
            }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
            }.joined(separator: "  ")
        }
    }
}
