/// The outcome of `PRAGMA integrity_check`: `["ok"]`, or SQLite's list of problems.
package struct IntegrityReport: Sendable, Equatable {
    /// The rows `integrity_check` returned.
    package let messages: [String]

    /// Whether the database passed: the single row `ok`
    /// (https://sqlite.org/pragma.html#pragma_integrity_check).
    package var isOK: Bool { messages == ["ok"] }

    /// Runs `PRAGMA integrity_check` on `db`.
    static func check(_ db: Connection) throws -> IntegrityReport {
        var messages: [String] = []
        try db.forEach("PRAGMA integrity_check") { row in
            messages.append(try row.get(0, as: String.self))
        }
        return IntegrityReport(messages: messages)
    }
}
