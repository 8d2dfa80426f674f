package import Foundation

/// One load of the civil-registry extract: the newest describes the rows the matcher reads.
package struct DukcapilLoad: Sendable, Equatable {
    package let id: Int64
    package let fileName: String
    package let rowCount: Int
    /// Rows of the file left out because they had problems (loads with `validOnly`).
    package let skippedRows: Int
    package let loadedAt: Date
    /// Who loaded it ("cli" for the command line).
    package let username: String
}
