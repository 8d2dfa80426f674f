package import App
package import Core
import Database
package import Foundation

/// The real application over loopback, on a migrated temporary database, with cheap password
/// hashing and a clock the test moves.
package final class TestApp {
    /// The project root (Templates/, Public/, Migrations/).
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    package let database: TemporaryDatabase
    package let environment: AppEnvironment
    package let server: TestServer
    package let time: ManualTime

    package init(start: Date = Date(timeIntervalSince1970: 1_795_000_000), configure: (inout AppEnvironment) -> Void = { _ in }) throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: Self.root + "/Migrations").apply(database.pool)
        let (clock, time) = Clock.manual(start)
        self.time = time
        var environment = AppEnvironment(
            pool: database.pool,
            templates: try AppEnvironment.loadTemplates(root: Self.root, development: false),
            publicDirectory: Self.root + "/Public", uploadsDirectory: database.directory + "/uploads",
            maxBody: 1_048_576, development: false,
            settings: SettingsCache(try SettingsStore.load(database.pool)), passwordHasher: .testing, clock: clock)
        configure(&environment)
        self.environment = environment
        server = try TestServer(responder: try buildApplication(environment)) { $0.workers = 2 }
    }

    /// A browser: keeps cookies, follows nothing by itself.
    package func browser() -> TestBrowser { TestBrowser(port: server.port) }

    deinit { server.stop() }
}
