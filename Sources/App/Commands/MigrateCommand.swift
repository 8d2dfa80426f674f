import Database

/// `dinsos migrate`: applies pending migrations, or lists every migration's state.
package enum MigrateCommand {
    package static func apply(databasePath: String, root: String) throws {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        let applied = try DatabaseOpening.migrator(root: root).apply(pool)
        if applied.isEmpty {
            printToStandardOutput("Tidak ada migrasi yang tertunda.")
        } else {
            for migration in applied { printToStandardOutput("diterapkan: \(migration.fileName)") }
        }
    }

    package static func status(databasePath: String, root: String) throws {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        let statuses = try DatabaseOpening.migrator(root: root).status(pool)
        var broken = false
        for status in statuses {
            let label = String(format: "%04d_%@", status.version, status.name)
            switch status.state {
            case .applied:
                let time = status.appliedAt.map(ISO8601Timestamp.format) ?? "?"
                printToStandardOutput("\(label)  diterapkan \(time)")
            case .pending:
                printToStandardOutput("\(label)  tertunda")
            case .changed:
                broken = true
                printToStandardOutput("\(label)  BERUBAH setelah diterapkan (checksum tidak cocok)")
            case .missingFile:
                broken = true
                printToStandardOutput("\(label)  diterapkan, tetapi berkasnya hilang")
            }
        }
        if broken { throw CommandFailure("some applied migrations no longer match their files") }
    }
}
