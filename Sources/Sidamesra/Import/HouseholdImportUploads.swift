import Core
import Foundation

/// The folder holding uploaded import files between the preview and the import:
/// `<uploads>/impor/`, never under Public, each under a random name.
package struct HouseholdImportUploads: Sendable {
    package let directory: String

    /// The folder inside `uploadsDirectory`.
    package init(uploadsDirectory: String) {
        directory = (uploadsDirectory as NSString).appendingPathComponent("impor")
    }

    /// Stores `bytes` and returns the stored name.
    package func store(_ bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = SecureRandom.token(byteCount: 18)
        guard let path = path(of: name), FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw JobFailure("Berkas impor tidak dapat disimpan di server.")
        }
        return name
    }

    /// The content of stored file `name`.
    package func read(_ name: String) throws -> [UInt8] {
        guard let path = path(of: name), let data = FileManager.default.contents(atPath: path) else {
            throw JobFailure("Berkas impor sudah tidak ada di server; unggah lagi.")
        }
        return [UInt8](data)
    }

    /// Removes stored file `name` (nothing when it is gone).
    package func remove(_ name: String) {
        guard let path = path(of: name) else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of `name`, nil for a name that is not one of ours (it could leave the folder).
    func path(of name: String) -> String? {
        guard !name.isEmpty, name.utf8.allSatisfy(Self.isNameByte) else { return nil }
        return (directory as NSString).appendingPathComponent(name)
    }

    /// The bytes of `SecureRandom.token` (base64url): nothing that could name another folder.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"):
            true
        default:
            false
        }
    }
}
