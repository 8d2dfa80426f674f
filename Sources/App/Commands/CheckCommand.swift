import Database

/// `dinsos check`: integrity_check and foreign_key_check of the live database.
package enum CheckCommand {
    package static func run(databasePath: String) throws {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        let report = try Checks.run(pool)
        printToStandardOutput("integrity_check: \(report.integrity.messages.joined(separator: "; "))")
        printToStandardOutput("foreign_key_check: \(report.foreignKeyViolations.count) pelanggaran")
        for violation in report.foreignKeyViolations.prefix(50) {
            printToStandardOutput("  \(violation.table) rowid \(violation.rowID.map(String.init) ?? "-") → \(violation.parent)")
        }
        guard report.isOK else { throw CommandFailure("the database did not pass the checks") }
    }
}
