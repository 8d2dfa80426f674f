import Database

/// `dinsos backup PATH`: online copy of the live database, then integrity_check of the copy.
package enum BackupCommand {
    package static func run(databasePath: String, destination: String) throws {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        let report = try Backup.copy(from: pool, to: destination)
        guard report.isOK else {
            throw CommandFailure("the copy at \(destination) failed integrity_check: \(report.messages.joined(separator: "; "))")
        }
        printToStandardOutput("Cadangan ditulis ke \(destination); integrity_check: ok")
    }
}
