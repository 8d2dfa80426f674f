import Core
import Database
import Foundation
import HTTPServer

/// `dinsos serve`: opens the database, refuses pending migrations unless told to apply them,
/// loads templates and static files, and serves until SIGTERM or SIGINT.
package enum ServeCommand {
    package static func run(_ options: ServeOptions) throws {
        let pool = try DatabaseOpening.open(options.databasePath)
        defer { pool.close() }
        let migrator = DatabaseOpening.migrator(root: options.root)
        let pending = try migrator.pending(in: pool)
        if !pending.isEmpty {
            guard options.migrate else {
                let names = pending.map(\.fileName).joined(separator: ", ")
                throw CommandFailure(
                    "\(pending.count) migration(s) pending (\(names)): run 'dinsos migrate' or serve with --migrate")
            }
            for migration in try migrator.apply(pool) {
                printToStandardError("migration applied: \(migration.fileName)")
            }
        }

        let environment = AppEnvironment(
            pool: pool,
            templates: try AppEnvironment.loadTemplates(root: options.root, development: options.dev),
            publicDirectory: URL(fileURLWithPath: options.root).appendingPathComponent("Public").path,
            uploadsDirectory: options.resolvedUploadsDirectory,
            maxBody: options.maxBody, development: options.dev, secureCookies: options.secureCookies,
            settings: SettingsCache(try SettingsStore.load(pool)))
        let application = try buildApplication(environment)
        // Files left by a crash between writing an upload and committing its row.
        let orphans = try AttachmentService(pool: pool, directory: environment.uploadsDirectory).removeOrphans()
        if orphans > 0 { printToStandardError("uploads: \(orphans) orphaned file(s) removed") }

        // Started after the migrations (it marks jobs a crash left running as failed), stopped
        // after the server: a running job is interrupted and recorded as failed, not left running.
        let runner = environment.makeJobRunner()
        do {
            try runner.start()
        } catch {
            throw CommandFailure("cannot start the job runner: \(error)")
        }
        defer {
            if !runner.stop(timeout: 30) {
                printToStandardError("the running background job did not stop in time; it will be marked failed at the next start")
            }
        }

        let server = Server(configuration: serverConfiguration(options), responder: application)
        do {
            try server.start()
            try installShutdownSignalHandlers(for: server)
        } catch {
            throw CommandFailure("cannot listen on \(options.host):\(options.port): \(error)")
        }
        printToStandardError("Dinsos melayani di http://\(options.host):\(server.port)/ (Ctrl-C untuk berhenti)")
        server.waitUntilStopped()
        printToStandardError("Dinsos berhenti.")
    }

    static func serverConfiguration(_ options: ServeOptions) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = options.host
        configuration.port = options.port
        configuration.maxConnections = options.maxConnections
        configuration.defaultMaxBody = options.maxBody
        // Handlers block on SQLite; a pool keeps one slow page from holding up a loop's other
        // clients, while static files and /healthz stay on the loop (Benchmarks/README.md).
        configuration.workers = options.workers ?? max(2, ServerConfiguration.availableCores * 2)
        return configuration
    }
}
