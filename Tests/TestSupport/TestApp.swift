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
    /// The background-job runner, once `startJobRunner()` started it.
    package private(set) var jobRunner: JobRunner?

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

    /// Starts the job runner on the app's queue (polling fast, in case a test queues without it);
    /// wait for it with `jobRunner.waitUntilIdle(timeout:)`.
    @discardableResult
    package func startJobRunner() throws -> JobRunner {
        if let jobRunner { return jobRunner }
        let runner = environment.makeJobRunner(pollInterval: 1)
        try runner.start()
        jobRunner = runner
        return runner
    }

    deinit {
        server.stop()
        jobRunner?.stop(timeout: 10)
    }
}
