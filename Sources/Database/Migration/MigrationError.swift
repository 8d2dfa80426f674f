/// Why migrations could not be listed or applied.
package enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// The migrations directory could not be listed.
    case unreadableDirectory(path: String, reason: String)
    /// A migration file could not be read, or is not UTF-8.
    case unreadableFile(fileName: String, reason: String)
    /// Two files carry the same number.
    case duplicateVersion(version: Int, fileNames: [String])
    /// An applied migration's file changed since it was applied.
    case checksumMismatch(fileName: String, version: Int, applied: String, current: String)
    /// A migration recorded as applied has no file any more.
    case missingFile(version: Int, name: String)
    /// A migration's SQL failed; nothing of it was applied.
    case failed(fileName: String, error: DatabaseError)

    package var description: String {
        switch self {
        case .unreadableDirectory(let path, let reason):
            "cannot read migrations directory \(path): \(reason)"
        case .unreadableFile(let fileName, let reason):
            "cannot read migration \(fileName): \(reason)"
        case .duplicateVersion(let version, let fileNames):
            "migration number \(version) is used by more than one file: \(fileNames.joined(separator: ", "))"
        case .checksumMismatch(let fileName, _, let applied, let current):
            "migration \(fileName) was changed after it was applied (checksum \(applied) when applied, \(current) now)"
        case .missingFile(let version, let name):
            "migration \(version) (\(name)) is recorded as applied but its file is missing"
        case .failed(let fileName, let error):
            "migration \(fileName) failed: \(error)"
        }
    }
}
