import Crypto
package import Database
package import Foundation

/// Every uploaded file goes through here (DESIGN.md §4): its type is read from its first bytes,
/// its size checked against its kind's limit, its content written under a random name in the
/// uploads folder (never under Public) and its metadata with SHA-256 recorded in `attachments`.
///
/// A caller checks the upload first (`check(_:kind:)`, outside any transaction), then stores it
/// inside `write { db, files in … }`, next to its own rows and audit entry. A file is written
/// under a temporary name, flushed and renamed before its row is inserted, so no row ever names
/// a half-written file; when the transaction does not commit, `write` deletes the files it
/// wrote, and `removeOrphans` (run by `dinsos serve` at start) deletes what a crash left.
package struct AttachmentService: Sendable {
    package let pool: DatabasePool
    /// The uploads folder (`<folder of --db>/uploads` or `--uploads`).
    package let directory: String

    package init(pool: DatabasePool, directory: String) {
        self.pool = pool
        self.directory = directory
    }

    /// The type of `bytes` when they suit `kind`: not empty, within its limit, and by content
    /// one of its accepted types (the name and the browser's declared type are not trusted).
    package static func check(_ bytes: [UInt8], kind: AttachmentKind) throws(AttachmentError) -> AttachmentContentType {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= kind.maxByteCount else { throw .tooLarge(kind) }
        guard let type = AttachmentContentType.detect(bytes), kind.acceptedTypes.contains(type) else {
            throw .typeNotAccepted(kind)
        }
        return type
    }

    /// Reads `upload` (an oversized one is refused before it is read) and checks it for `kind`.
    package static func check(_ upload: AttachmentUpload, kind: AttachmentKind) throws(AttachmentError) -> CheckedUpload {
        if let size = upload.declaredSize, size > kind.maxByteCount { throw .tooLarge(kind) }
        let bytes: [UInt8]
        switch upload.content {
        case .bytes(let content):
            bytes = content
        case .file(let path):
            guard let content = try AttachmentFiles.read(path) else { throw .storageFailed("no file at \(path)") }
            bytes = content
        case .uploaded(let file):
            do {
                bytes = try file.bytes()
            } catch {
                throw .storageFailed("\(error)")
            }
        }
        let type = try check(bytes, kind: kind)
        return CheckedUpload(
            kind: kind, fileName: displayName(upload.fileName, type: type), contentType: type, bytes: bytes)
    }

    /// Runs `body` in one write transaction, like `pool.write`, with an `AttachmentWriter` for
    /// the files it stores; when the transaction does not commit, those files are deleted.
    package func write<T>(_ body: (Connection, AttachmentWriter) throws -> T) throws -> T {
        let writer = AttachmentWriter(service: self)
        do {
            return try pool.write { db in try body(db, writer) }
        } catch {
            writer.discardFiles()
            throw error
        }
    }

    /// Marks the owner's current attachments of `kind` replaced, without a successor (a removed logo).
    package func retire(kind: AttachmentKind, owner: AttachmentOwner, in db: Connection, at date: Date) throws {
        try db.execute(
            """
            UPDATE attachments SET replaced_at = ?
            WHERE owner_entity = ? AND owner_id = ? AND kind = ? AND replaced_at IS NULL
            """,
            [ISO8601Timestamp.format(date), owner.entity, owner.id, kind.rawValue])
    }

    /// The owner's attachment of `kind` that nothing replaced yet.
    package func current(kind: AttachmentKind, owner: AttachmentOwner, in db: Connection) throws -> Attachment? {
        try db.queryOne(
            Attachment.self,
            """
            SELECT \(Attachment.columns) FROM attachments
            WHERE owner_entity = ? AND owner_id = ? AND kind = ? AND replaced_at IS NULL
            ORDER BY id DESC LIMIT 1
            """,
            [owner.entity, owner.id, kind.rawValue])
    }

    /// Every attachment of an owner, newest first, replaced ones included.
    package func attachments(of owner: AttachmentOwner, in db: Connection) throws -> [Attachment] {
        try db.query(
            Attachment.self,
            "SELECT \(Attachment.columns) FROM attachments WHERE owner_entity = ? AND owner_id = ? ORDER BY id DESC",
            [owner.entity, owner.id])
    }

    /// The metadata of attachment `id`, or nil.
    package func attachment(_ id: Int64) throws -> Attachment? {
        try pool.read { db in
            try db.queryOne(Attachment.self, "SELECT \(Attachment.columns) FROM attachments WHERE id = ?", [id])
        }
    }

    /// Metadata and bytes of attachment `id` for serving; nil when there is no such row. The
    /// route that serves it decides first whether the viewer may see `attachment.owner`.
    package func open(_ id: Int64) throws -> AttachmentContents? {
        guard let attachment = try attachment(id) else { return nil }
        return try contents(of: attachment)
    }

    /// The bytes of `attachment`; `fileMissing` when its file is gone from the uploads folder.
    package func contents(of attachment: Attachment) throws(AttachmentError) -> AttachmentContents {
        guard let bytes = try AttachmentFiles.read(path(of: attachment)) else {
            throw .fileMissing(attachment.storedName)
        }
        return AttachmentContents(attachment: attachment, bytes: bytes)
    }

    /// Where the file of `attachment` lies.
    package func path(of attachment: Attachment) -> String {
        directory + "/" + attachment.storedName
    }

    /// Writes `upload` to a new random name (`ab/ab12…ef.png`) through a temporary file that is
    /// flushed, then renamed; returns the name relative to the uploads folder.
    func writeFile(_ upload: CheckedUpload) throws(AttachmentError) -> String {
        let token = Self.hex(SecureRandom.bytes(16))
        // Two-character folders keep any one folder small when house photos number in the millions.
        let shard = String(token.prefix(2))
        let storedName = shard + "/" + token + "." + upload.contentType.fileExtension
        let folder = directory + "/" + shard
        try AttachmentFiles.ensureDirectory(folder)
        let temporary = folder + "/" + Self.temporaryPrefix + token
        try AttachmentFiles.createFile(temporary, bytes: upload.bytes)
        do {
            try AttachmentFiles.rename(temporary, to: directory + "/" + storedName)
        } catch {
            AttachmentFiles.remove(temporary)
            throw error
        }
        return storedName
    }

    /// The prefix of files still being written.
    static let temporaryPrefix = ".tmp-"

    /// SHA-256 in lowercase hex.
    package static func sha256(_ bytes: [UInt8]) -> String {
        hex(Array(Crypto.SHA256.hash(data: bytes)))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// The uploader's file name made safe to show and to offer on download: no control
    /// characters, at most 200 characters, never empty.
    static func displayName(_ name: String, type: AttachmentContentType) -> String {
        let cleaned = String(name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "berkas." + type.fileExtension : String(cleaned.prefix(200))
    }
}
