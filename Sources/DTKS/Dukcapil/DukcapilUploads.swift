import Core
import Foundation

/// Uploaded extract files waiting for their load job: `<uploads>/dukcapil/`, never under
/// Public, each under a random name, removed when the job ends.
package struct DukcapilUploads: Sendable {
    package let directory: String

    package init(uploadsDirectory: String) {
        directory = (uploadsDirectory as NSString).appendingPathComponent("dukcapil")
    }

    /// Stores `bytes` and returns the stored name.
    package func store(_ bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = SecureRandom.token(byteCount: 18)
        guard let path = path(of: name), FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw JobFailure("Berkas Dukcapil tidak dapat disimpan di server.")
        }
        return name
    }

    /// The path of stored file `name`; nil for a name that is not one of ours.
    package func path(of name: String) -> String? {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter && $0.isASCII || $0.isASCIIDigit || $0 == "-" || $0 == "_" })
        else { return nil }
        return (directory as NSString).appendingPathComponent(name)
    }

    /// Removes stored file `name`.
    package func remove(_ name: String) {
        guard let path = path(of: name) else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
