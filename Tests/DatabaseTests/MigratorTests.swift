import Foundation
import Testing
import TestSupport
@testable import Database

struct MigratorTests {
    static let core = """
        -- Core tables
        CREATE TABLE area (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL
        ) STRICT;
        CREATE INDEX area_name ON area (name);
        """
    static let users = """
        CREATE TABLE user (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            area_code TEXT REFERENCES area(code)
        ) STRICT;
        INSERT INTO area (code, name) VALUES ('34.02', 'Bantul');
        """

    private func tableNames(_ database: TemporaryDatabase) throws -> [String] {
        try database.pool.read { db in
            try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { try $0.get(0, as: String.self) }
        }
    }

    @Test func appliesEveryFileToAnEmptyDatabaseInOrder() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: [
            "0002_users.sql": Self.users,
            "0001_core.sql": Self.core,
            "README.md": "not a migration",
            "0003_notes.txt": "CREATE TABLE nope (x);",
            "12_short.sql": "CREATE TABLE nope (x);",
            "0004_.sql": "CREATE TABLE nope (x);",
        ])
        let migrator = Migrator(directory: directory)
        #expect(try migrator.pending(in: database.pool).map(\.fileName) == ["0001_core.sql", "0002_users.sql"])
        #expect(try migrator.status(database.pool).map(\.state) == [.pending, .pending])

        let applied = try migrator.apply(database.pool)

        #expect(applied.map(\.version) == [1, 2])
        #expect(applied.map(\.name) == ["core", "users"])
        #expect(try tableNames(database) == ["area", "schema_migrations", "user"])
        #expect(try migrator.pending(in: database.pool).isEmpty)
        let recorded = try database.pool.read { db in
            try db.query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version")
        }
        #expect(recorded.count == 2)
        #expect(try recorded[0].get("checksum", as: String.self) == SHA256.hexDigest(Array(Self.core.utf8)))
        #expect(try recorded[1].get("applied_at", as: Date.self).timeIntervalSinceNow > -60)
        #expect(try migrator.apply(database.pool).isEmpty)
    }

    @Test func appliesOnlyNewFilesToAnExistingDatabase() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: ["0001_core.sql": Self.core])
        let migrator = Migrator(directory: directory)
        try migrator.apply(database.pool)
        try database.pool.write { try $0.execute("INSERT INTO area (code, name) VALUES ('34.03', 'Gunungkidul')") }

        try database.writeFile((directory as NSString).appendingPathComponent("0105_registry.sql"),
                               "CREATE TABLE household (id INTEGER PRIMARY KEY) STRICT;")
        try database.writeFile((directory as NSString).appendingPathComponent("0002_users.sql"), Self.users)
        #expect(try migrator.pending(in: database.pool).map(\.version) == [2, 105])

        let applied = try migrator.apply(database.pool)

        #expect(applied.map(\.fileName) == ["0002_users.sql", "0105_registry.sql"])
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM area") } == 2)
        let status = try migrator.status(database.pool)
        #expect(status.map(\.state) == [.applied, .applied, .applied])
        #expect(status.allSatisfy { $0.appliedAt != nil })
    }

    @Test func changedChecksumIsRefusedNamingTheFile() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: ["0001_core.sql": Self.core])
        let migrator = Migrator(directory: directory)
        try migrator.apply(database.pool)
        try database.writeFile((directory as NSString).appendingPathComponent("0001_core.sql"), Self.core + "\n-- edited\n")
        try database.writeFile((directory as NSString).appendingPathComponent("0002_users.sql"), Self.users)

        for attempt in [{ try migrator.apply(database.pool) }, { try migrator.pending(in: database.pool) }] {
            let error = try #require(throws: MigrationError.self) { _ = try attempt() }
            guard case .checksumMismatch(let fileName, let version, _, _) = error else {
                Issue.record("unexpected \(error)")
                continue
            }
            #expect(fileName == "0001_core.sql")
            #expect(version == 1)
            #expect(error.description.contains("0001_core.sql"))
        }
        #expect(try tableNames(database).contains("user") == false)
        #expect(try migrator.status(database.pool).map(\.state) == [.changed, .pending])
    }

    @Test func appliedMigrationWithoutFileIsReported() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: ["0001_core.sql": Self.core, "0002_users.sql": Self.users])
        let migrator = Migrator(directory: directory)
        try migrator.apply(database.pool)
        try FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent("0002_users.sql"))

        let error = try #require(throws: MigrationError.self) { try migrator.pending(in: database.pool) }
        guard case .missingFile(version: 2, name: "users") = error else {
            Issue.record("unexpected \(error)")
            return
        }
        let status = try migrator.status(database.pool)
        #expect(status.map(\.state) == [.applied, .missingFile])
        #expect(status[1].name == "users")
        #expect(status[1].migration == nil)
    }

    @Test func duplicateNumbersAreRefused() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: [
            "0001_core.sql": Self.core, "0001_other.sql": "SELECT 1;",
        ])
        let error = try #require(throws: MigrationError.self) { try Migrator(directory: directory).apply(database.pool) }
        guard case .duplicateVersion(1, let fileNames) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(fileNames == ["0001_core.sql", "0001_other.sql"])
        #expect(try tableNames(database).isEmpty)
    }

    @Test func failingMigrationLeavesNothingOfItselfBehind() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: [
            "0001_core.sql": Self.core,
            "0002_broken.sql": "CREATE TABLE half (x INTEGER) STRICT;\nINSERT INTO missing VALUES (1);",
            "0003_later.sql": "CREATE TABLE later (x INTEGER) STRICT;",
        ])
        let migrator = Migrator(directory: directory)
        let error = try #require(throws: MigrationError.self) { try migrator.apply(database.pool) }
        guard case .failed(let fileName, let underlying) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(fileName == "0002_broken.sql")
        #expect(underlying.message.contains("no such table: missing"))
        #expect(try tableNames(database) == ["area", "schema_migrations"])
        #expect(try migrator.pending(in: database.pool).map(\.version) == [2, 3])
    }

    @Test(arguments: ["COMMIT;", "BEGIN;", "END;", "ROLLBACK;", "BEGIN IMMEDIATE;"])
    func transactionControlInAMigrationIsRefused(statement: String) throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: [
            "0001_sneaky.sql": "CREATE TABLE first (x INTEGER) STRICT;\n\(statement)\nCREATE TABLE second (x INTEGER) STRICT;",
        ])
        let error = try #require(throws: MigrationError.self) { try Migrator(directory: directory).apply(database.pool) }
        guard case .failed("0001_sneaky.sql", let underlying) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(underlying.extendedResultCode == .authorization)
        #expect(underlying.message.contains("BEGIN, COMMIT and ROLLBACK"))
        #expect(try tableNames(database) == ["schema_migrations"])
        // The writer works normally afterwards: the authorizer is gone.
        try database.pool.write { try $0.execute("CREATE TABLE later (x INTEGER) STRICT") }
    }

    @Test func savepointsInsideAMigrationAreAllowed() throws {
        let database = try TemporaryDatabase()
        let directory = try database.makeDirectory("Migrations", files: [
            "0001_steps.sql": "SAVEPOINT step; CREATE TABLE first (x INTEGER) STRICT; RELEASE step;",
        ])
        #expect(try Migrator(directory: directory).apply(database.pool).count == 1)
        #expect(try tableNames(database) == ["first", "schema_migrations"])
    }

    @Test func foreignKeysAreCheckedAtTheEndOfAMigration() throws {
        let database = try TemporaryDatabase()
        let rebuild = """
            CREATE TABLE area_new (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL DEFAULT 'desa') STRICT;
            INSERT INTO area_new (code, name) SELECT code, name FROM area;
            DROP TABLE area;
            ALTER TABLE area_new RENAME TO area;
            """
        let directory = try database.makeDirectory("Migrations", files: [
            "0001_core.sql": Self.core, "0002_users.sql": Self.users + "INSERT INTO user (username, area_code) VALUES ('op', '34.02');",
            "0003_rebuild.sql": rebuild,
        ])
        try Migrator(directory: directory).apply(database.pool)
        let report = try Checks.run(database.pool)
        #expect(report.isOK)

        try database.writeFile((directory as NSString).appendingPathComponent("0004_orphan.sql"), "DELETE FROM area;")
        let error = try #require(throws: MigrationError.self) { try Migrator(directory: directory).apply(database.pool) }
        guard case .failed("0004_orphan.sql", let underlying) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(underlying.isForeignKeyViolation)
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM area") } == 1)
    }

    @Test func missingDirectoryAndInvalidUTF8AreErrors() throws {
        let database = try TemporaryDatabase()
        #expect(throws: MigrationError.self) { try Migrator(directory: database.file("absent")).migrations() }
        let directory = try database.makeDirectory("Migrations", files: [:])
        try Data([0x43, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("0001_bad.sql")))
        let error = try #require(throws: MigrationError.self) { try Migrator(directory: directory).migrations() }
        #expect(error.description.contains("0001_bad.sql"))
    }

    @Test(arguments: [
        ("0001_core.sql", 1, "core"), ("0105_registry_import.sql", 105, "registry_import"),
    ])
    func fileNamesParse(fileName: String, version: Int, name: String) {
        let parsed = Migration.parseFileName(fileName)
        #expect(parsed?.version == version)
        #expect(parsed?.name == name)
    }

    @Test(arguments: ["0001.sql", "0001_.sql", "001_core.sql", "00a1_core.sql", "0001-core.sql", "0001_core.SQL", "0001_core.sql~"])
    func otherFileNamesAreNotMigrations(fileName: String) {
        #expect(Migration.parseFileName(fileName) == nil)
    }
}
