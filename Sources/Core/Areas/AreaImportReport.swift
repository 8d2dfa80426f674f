/// What an area import did, row by row, or why it did nothing.
package struct AreaImportReport: Sendable, Equatable {
    /// One problem that stopped the import, with the line of the file it is on.
    package struct Problem: Sendable, Equatable {
        package let line: Int
        /// An Indonesian sentence for staff.
        package let message: String

        package init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// What happened to one row's area.
    package enum Change: Sendable, Equatable {
        case inserted
        case renamed(from: String)
        case unchanged
    }

    /// One imported row.
    package struct Row: Sendable, Equatable {
        package let line: Int
        package let code: String
        package let name: String
        package let level: AreaLevel
        package let parentCode: String?
        package let change: Change
    }

    /// Every data row with its outcome, in file order; empty when the import was refused.
    package internal(set) var rows: [Row] = []
    /// Every problem found, in file order; when not empty, nothing was written.
    package internal(set) var errors: [Problem] = []

    package init() {}

    /// True when the rows were written (no problem found).
    package var succeeded: Bool { errors.isEmpty }
    /// Areas added.
    package var inserted: Int { rows.count { $0.change == .inserted } }
    /// Existing areas whose name changed.
    package var updated: Int { rows.count { if case .renamed = $0.change { true } else { false } } }
    /// Rows that matched an existing area exactly.
    package var unchanged: Int { rows.count { $0.change == .unchanged } }
}
