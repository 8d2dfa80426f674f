import Foundation

/// Applies the numbered SQL files of a migrations directory, each once, in ascending order.
///
/// Files are named `NNNN_name.sql`; other files are ignored and two files with one number are
/// refused. Each migration runs in its own `BEGIN IMMEDIATE` transaction together with its row in
/// `schema_migrations`, so it is applied entirely or not at all. Foreign keys are checked once, for
/// the whole database, before the commit, so a migration may rebuild a referenced table. A file
/// must not contain BEGIN, COMMIT or ROLLBACK: such a file fails and leaves nothing of itself applied.
package struct Migrator: Sendable {
    /// The directory holding the `.sql` files.
    package let directory: String

    /// A migrator over the files in `directory`.
    package init(directory: String) {
        self.directory = directory
    }

    /// The migration files, ascending by version.
    package func migrations() throws -> [Migration] {
        let fileNames: [String]
        do {
            fileNames = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw MigrationError.unreadableDirectory(path: directory, reason: error.localizedDescription)
        }
        var byVersion: [Int: [Migration]] = [:]
        for fileName in fileNames {
            guard let (version, name) = Migration.parseFileName(fileName) else { continue }
            let migration = try load(fileName: fileName, version: version, name: name)
            byVersion[version, default: []].append(migration)
        }
        if let (version, duplicates) = byVersion.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count > 1 }) {
            throw MigrationError.duplicateVersion(version: version, fileNames: duplicates.map(\.fileName).sorted())
        }
        return byVersion.values.compactMap(\.first).sorted { $0.version < $1.version }
    }

    private func load(fileName: String, version: Int, name: String) throws -> Migration {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MigrationError.unreadableFile(fileName: fileName, reason: "cannot open \(path)")
        }
        let bytes = [UInt8](data)
        guard let sql = String(validating: bytes, as: UTF8.self) else {
            throw MigrationError.unreadableFile(fileName: fileName, reason: "not valid UTF-8")
        }
        return Migration(version: version, name: name, fileName: fileName, checksum: SHA256.hexDigest(bytes), sql: sql)
    }

    /// Migrations not yet applied, ascending. Throws when an applied file changed or disappeared.
    package func pending(in pool: DatabasePool) throws -> [Migration] {
        let onDisk = try migrations()
        let applied = try pool.read(AppliedMigration.all)
        try Self.validate(applied: applied, onDisk: onDisk)
        return onDisk.filter { applied[$0.version] == nil }
    }

    /// Every migration on disk or recorded in the database, ascending, with its state.
    package func status(_ pool: DatabasePool) throws -> [MigrationStatus] {
        let onDisk = try migrations()
        let applied = try pool.read(AppliedMigration.all)
        let fileByVersion = Dictionary(uniqueKeysWithValues: onDisk.map { ($0.version, $0) })
        let versions = Set(fileByVersion.keys).union(applied.keys).sorted()
        return versions.map { version in
            let file = fileByVersion[version]
            guard let record = applied[version] else {
                return MigrationStatus(version: version, name: file?.name ?? "", migration: file, appliedAt: nil, state: .pending)
            }
            let state: MigrationStatus.State =
                if let file { file.checksum == record.checksum ? .applied : .changed } else { .missingFile }
            return MigrationStatus(
                version: version, name: file?.name ?? record.name, migration: file,
                appliedAt: ISO8601Timestamp.parse(record.appliedAt), state: state)
        }
    }

    /// Applies every pending migration in order and returns them; stops at the first failure,
    /// leaving the migrations before it applied.
    @discardableResult
    package func apply(_ pool: DatabasePool) throws -> [Migration] {
        let onDisk = try migrations()
        try pool.write { try $0.execute(AppliedMigration.createTable) }
        let applied = try pool.write(AppliedMigration.all)
        try Self.validate(applied: applied, onDisk: onDisk)

        var done: [Migration] = []
        for migration in onDisk where applied[migration.version] == nil {
            do {
                if try Self.run(migration, in: pool) { done.append(migration) }
            } catch let error as DatabaseError {
                throw MigrationError.failed(fileName: migration.fileName, error: error)
            }
        }
        return done
    }

    /// Runs one migration the way https://sqlite.org/lang_altertable.html#otheralter describes for
    /// schema changes: foreign keys off (a no-op inside a transaction, so before BEGIN), the change
    /// in one transaction, `PRAGMA foreign_key_check` before COMMIT, foreign keys back on.
    /// `false` when another process applied it first.
    private static func run(_ migration: Migration, in pool: DatabasePool) throws -> Bool {
        try pool.writeWithoutTransaction { db in
            try db.execute("PRAGMA foreign_keys = OFF")
            let outcome = Result {
                try db.inTransaction(.immediate) { db -> Bool in
                    guard try AppliedMigration.find(migration.version, in: db) == nil else { return false }
                    try db.executeScript(migration.sql, allowingTransactionControl: false)
                    let violations = try db.query(Checks.ForeignKeyViolation.self, "PRAGMA foreign_key_check")
                    if let first = violations.first {
                        throw DatabaseError(
                            code: .constraintForeignKey,
                            message: "FOREIGN KEY constraint failed: \(violations.count) row(s), first \(first.table) "
                                + "rowid \(first.rowID.map(String.init) ?? "?") refers to a missing \(first.parent) row")
                    }
                    try AppliedMigration.record(migration, in: db)
                    return true
                }
            }
            try db.execute("PRAGMA foreign_keys = ON")
            return try outcome.get()
        }
    }

    private static func validate(applied: [Int: AppliedMigration], onDisk: [Migration]) throws {
        let fileByVersion = Dictionary(uniqueKeysWithValues: onDisk.map { ($0.version, $0) })
        for record in applied.values.sorted(by: { $0.version < $1.version }) {
            guard let file = fileByVersion[record.version] else {
                throw MigrationError.missingFile(version: record.version, name: record.name)
            }
            guard file.checksum == record.checksum else {
                throw MigrationError.checksumMismatch(
                    fileName: file.fileName, version: file.version, applied: record.checksum, current: file.checksum)
            }
        }
    }
}
