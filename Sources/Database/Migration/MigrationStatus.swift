package import Foundation

/// Where one migration stands in a database.
package struct MigrationStatus: Sendable, Equatable {
    /// The state of one migration.
    package enum State: Sendable, Equatable {
        /// On disk, not applied yet.
        case pending
        /// Applied, and its file is unchanged.
        case applied
        /// Applied, but its file has changed since.
        case changed
        /// Applied, but its file is gone.
        case missingFile
    }

    /// The migration number.
    package let version: Int
    /// The name from the file, or as recorded when the file is missing.
    package let name: String
    /// The file on disk; `nil` when it is missing.
    package let migration: Migration?
    /// When it was applied; `nil` while pending.
    package let appliedAt: Date?
    /// Pending, applied, changed or missing.
    package let state: State
}
