import Database
import Foundation

/// Opens the database the way every command does: the folder is created when missing, and
/// `DINSOS_SYNCHRONOUS=FULL` trades commit speed for durability against power loss (README).
enum DatabaseOpening {
    static func open(_ path: String) throws -> DatabasePool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        var configuration = DatabasePool.Configuration()
        if let value = ProcessInfo.processInfo.environment["DINSOS_SYNCHRONOUS"] {
            guard let synchronous = DatabasePool.Configuration.Synchronous(rawValue: value.uppercased()) else {
                throw CommandFailure("DINSOS_SYNCHRONOUS must be NORMAL or FULL, not '\(value)'")
            }
            configuration.synchronous = synchronous
        }
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw CommandFailure("cannot open the database \(path): \(error)")
        }
    }

    /// Throws when migrations are pending, naming them and how to apply them.
    static func refusePendingMigrations(_ pool: DatabasePool, root: String) throws {
        let pending = try pendingMigrations(pool, root: root)
        guard pending.isEmpty else {
            let names = pending.map(\.fileName).joined(separator: ", ")
            throw CommandFailure("\(pending.count) migration(s) pending (\(names)): run 'dinsos migrate' first")
        }
    }

    /// Applies pending migrations, naming each on stderr (what `serve --migrate` does).
    static func applyPendingMigrations(_ pool: DatabasePool, root: String) throws {
        guard try !pendingMigrations(pool, root: root).isEmpty else { return }
        for migration in try migrator(root: root).apply(pool) {
            printToStandardError("migration applied: \(migration.fileName)")
        }
    }

    private static func pendingMigrations(_ pool: DatabasePool, root: String) throws -> [Migration] {
        do {
            return try migrator(root: root).pending(in: pool)
        } catch let error as MigrationError {
            throw CommandFailure("migrations: \(error) (is --root the project folder?)")
        }
    }

    /// The Migrations/ folder under the project root.
    static func migrator(root: String) -> Migrator {
        Migrator(directory: URL(fileURLWithPath: root).appendingPathComponent("Migrations").path)
    }
}
