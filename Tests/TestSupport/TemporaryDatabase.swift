package import Database
import Foundation

/// A database pool on a file in a fresh temporary directory, removed again by ``close()`` or when
/// the value goes away.
package final class TemporaryDatabase: Sendable {
    /// The temporary directory holding the database and anything else a test writes.
    package let directory: String
    /// The database file.
    package let path: String
    /// The open pool.
    package let pool: DatabasePool

    /// Creates the directory and opens a pool on `database.sqlite` inside it.
    package init(configuration: DatabasePool.Configuration = DatabasePool.Configuration()) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dinsos-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        self.directory = directory
        self.path = (directory as NSString).appendingPathComponent("database.sqlite")
        do {
            self.pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Writes `files` (name → contents) into a new subdirectory `name` and returns its path.
    @discardableResult
    package func makeDirectory(_ name: String, files: [String: String]) throws -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (fileName, contents) in files {
            try writeFile((path as NSString).appendingPathComponent(fileName), contents)
        }
        return path
    }

    /// Writes `contents` to `path`, replacing the file.
    package func writeFile(_ path: String, _ contents: String) throws {
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A path inside the temporary directory.
    package func file(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// Closes the pool and removes the directory; safe to call twice.
    package func close() {
        pool.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    deinit {
        close()
    }
}
