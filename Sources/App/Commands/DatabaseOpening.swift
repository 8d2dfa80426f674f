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

    /// The Migrations/ folder under the project root.
    static func migrator(root: String) -> Migrator {
        Migrator(directory: URL(fileURLWithPath: root).appendingPathComponent("Migrations").path)
    }
}
