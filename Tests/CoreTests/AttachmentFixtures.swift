import Core
import Database
import Foundation
import TestSupport

/// Small files that start like the real thing: the signatures `AttachmentContentType` looks for.
enum SampleFile {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("\0\0\0\rIHDR logo".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0 foto".utf8)
    static let pdf: [UInt8] = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8)
    static let gif: [UInt8] = Array("GIF89a\u{1}\0\u{1}\0".utf8)
    static let text: [UInt8] = Array("bukan gambar, hanya teks\n".utf8)
}

/// A migrated temporary database with an uploads folder and the attachment service on it.
final class AttachmentFixture {
    let database: TemporaryDatabase
    let service: AttachmentService
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let owner = AttachmentOwner(entity: "uji", id: "1")

    init() throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        service = AttachmentService(pool: database.pool, directory: database.directory + "/uploads")
    }

    var pool: DatabasePool { database.pool }

    /// The regular files under the uploads folder, relative to it.
    func filesOnDisk() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: service.directory) else { return [] }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: service.directory + "/" + name, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(name)
            }
        }
        return files.sorted()
    }

    func rowCount() throws -> Int {
        try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM attachments") }
    }

    /// Stores `bytes` as `kind` in its own transaction.
    @discardableResult
    func store(_ bytes: [UInt8], kind: AttachmentKind = .document, name: String = "berkas") throws -> Attachment {
        let checked = try AttachmentService.check(AttachmentUpload(fileName: name, content: .bytes(bytes)), kind: kind)
        return try service.write { db, files in
            try files.store(checked, owner: Self.owner, by: .cli, in: db, at: Self.now)
        }
    }
}
