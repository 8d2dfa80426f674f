/// Consistency checks of the live database (`dinsos check`).
package enum Checks {
    /// A row that points at a parent row that does not exist.
    package struct ForeignKeyViolation: Sendable, Equatable, RowDecodable {
        /// The child table.
        package let table: String
        /// The child row, or `nil` for a WITHOUT ROWID table.
        package let rowID: Int64?
        /// The table the foreign key refers to.
        package let parent: String
        /// Which foreign key of the child table (`PRAGMA foreign_key_list` id).
        package let foreignKeyIndex: Int

        /// Reads a row of `PRAGMA foreign_key_check`: table, rowid, parent, fkid.
        package init(row: Row) throws {
            table = try row.get(0)
            rowID = try row.get(1)
            parent = try row.get(2)
            foreignKeyIndex = try row.get(3)
        }

        /// Describes a violation.
        package init(table: String, rowID: Int64?, parent: String, foreignKeyIndex: Int) {
            self.table = table
            self.rowID = rowID
            self.parent = parent
            self.foreignKeyIndex = foreignKeyIndex
        }
    }

    /// The result of ``run(_:)``.
    package struct Report: Sendable, Equatable {
        /// `PRAGMA integrity_check`.
        package let integrity: IntegrityReport
        /// `PRAGMA foreign_key_check`: empty when every reference resolves.
        package let foreignKeyViolations: [ForeignKeyViolation]

        /// Whether both checks passed.
        package var isOK: Bool { integrity.isOK && foreignKeyViolations.isEmpty }
    }

    /// Runs `integrity_check` and `foreign_key_check` on one reader snapshot; the writer keeps
    /// working meanwhile.
    package static func run(_ pool: DatabasePool) throws -> Report {
        try pool.read { db in
            Report(
                integrity: try IntegrityReport.check(db),
                foreignKeyViolations: try db.query(ForeignKeyViolation.self, "PRAGMA foreign_key_check"))
        }
    }
}
