import Foundation

/// The folder job results are written to: `results/` beside the uploads folder (DESIGN.md §3),
/// never under Public/. Files get random names; one being written ends in `.part` until the
/// handler is done with it, so a crash leaves nothing that looks finished.
package struct JobResultFolder: Sendable, Equatable {
    /// The folder's path.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// `results/` beside `uploadsDirectory`.
    package init(besideUploads uploadsDirectory: String) {
        let parent = (uploadsDirectory as NSString).deletingLastPathComponent
        self.init(path: ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent("results"))
    }

    /// The path of a stored result, or nil for a name that is not one of ours (nothing but
    /// letters, digits, `-` and `_`), so no stored value can point outside the folder.
    package func file(named storedName: String) -> String? {
        guard !storedName.isEmpty,
            storedName.utf8.allSatisfy({ Self.nameBytes.contains($0) })
        else { return nil }
        return (path as NSString).appendingPathComponent(storedName)
    }

    /// A fresh random name.
    func newName() -> String { SecureRandom.token(byteCount: 18) }

    /// Creates the folder when missing.
    func create() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Removes files left half-written by a crash.
    func removePartialFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where name.hasSuffix(".part") {
            try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(name))
        }
    }

    private static let nameBytes: Set<UInt8> = Set(
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".utf8))
}
