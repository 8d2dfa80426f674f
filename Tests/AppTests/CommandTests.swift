import App
import Foundation
import Testing
import TestSupport

/// The commands that touch the database, on temporary folders.
@Suite struct CommandTests {
    static func temporaryRoot(migrations: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("dinsos-cmd-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/Migrations", withIntermediateDirectories: true)
        for (name, sql) in migrations {
            try sql.write(toFile: root + "/Migrations/" + name, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func serveRefusesToStartWithPendingMigrations() throws {
        let root = try Self.temporaryRoot(migrations: ["0001_core.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY) STRICT;"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let options = ServeOptions(port: 0, databasePath: root + "/data/db.sqlite", root: root)
        #expect {
            try ServeCommand.run(options)
        } throws: { error in
            "\(error)".contains("0001_core.sql") && "\(error)".contains("--migrate")
        }
    }

    @Test func migrateAppliesOnceAndBackupCopiesACheckedDatabase() throws {
        let root = try Self.temporaryRoot(migrations: [
            "0001_core.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT; INSERT INTO t(name) VALUES ('a');"
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let db = root + "/data/db.sqlite"
        try MigrateCommand.apply(databasePath: db, root: root)
        try MigrateCommand.apply(databasePath: db, root: root)
        try MigrateCommand.status(databasePath: db, root: root)
        try BackupCommand.run(databasePath: db, destination: root + "/copy.sqlite")
        #expect(FileManager.default.fileExists(atPath: root + "/copy.sqlite"))
        try CheckCommand.run(databasePath: root + "/copy.sqlite")
    }

    @Test func aChangedMigrationFileIsReportedByStatus() throws {
        let root = try Self.temporaryRoot(migrations: ["0001_core.sql": "CREATE TABLE t (id INTEGER PRIMARY KEY) STRICT;"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let db = root + "/data/db.sqlite"
        try MigrateCommand.apply(databasePath: db, root: root)
        try "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT) STRICT;"
            .write(toFile: root + "/Migrations/0001_core.sql", atomically: true, encoding: .utf8)
        #expect(throws: CommandFailure.self) { try MigrateCommand.status(databasePath: db, root: root) }
        #expect(throws: (any Error).self) { try MigrateCommand.apply(databasePath: db, root: root) }
    }
}
