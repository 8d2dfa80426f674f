import Crypto
package import Database
package import Foundation

/// Every uploaded file goes through here (DESIGN.md §4): its type is read from its first bytes,
/// its size checked against its kind's limit, its content written under a random name in the
/// uploads folder (never under Public) and its metadata with SHA-256 recorded in `attachments`.
///
/// `store` runs inside the caller's write transaction and writes the file before the row. When
/// that transaction rolls back afterwards, the file stays behind without a row: a caller that
/// catches the failure calls `discardFile(of:)`, and `removeOrphans` (run by `dinsos serve` at
/// start) deletes whatever is left. The file is written under a temporary name and renamed,
/// so a crash never leaves a half-written file under a name a row could point to.
package struct AttachmentService: Sendable {
    package let pool: DatabasePool
    /// The uploads folder (`<folder of --db>/uploads` or `--uploads`).
    package let directory: String

    package init(pool: DatabasePool, directory: String) {
        self.pool = pool
        self.directory = directory
    }

    /// The type of `bytes` when they suit `kind` (not empty, within its limit, an accepted type
    /// by content); the upload form uses this to report every field error at once.
    package static func check(_ bytes: [UInt8], kind: AttachmentKind) throws(AttachmentError) -> AttachmentContentType {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= kind.maxByteCount else { throw .tooLarge(kind) }
        guard let type = AttachmentContentType.detect(bytes), kind.acceptedTypes.contains(type) else {
            throw .typeNotAccepted(kind)
        }
        return type
    }

    /// The content of `upload` once its size is known to fit `kind` (an oversized file is
    /// refused before it is read).
    package static func content(of upload: AttachmentUpload, kind: AttachmentKind) throws(AttachmentError) -> [UInt8] {
        if let size = upload.declaredSize, size > kind.maxByteCount { throw .tooLarge(kind) }
        switch upload.content {
        case .bytes(let bytes):
            return bytes
        case .file(let path):
            guard let bytes = try AttachmentFiles.read(path) else { throw .storageFailed("no file at \(path)") }
            return bytes
        case .uploaded(let file):
            do {
                return try file.bytes()
            } catch {
                throw .storageFailed("\(error)")
            }
        }
    }

    /// Stores `upload` as a new attachment of `owner`, inside the caller's transaction `db`.
    /// Writes no audit row: the caller's own entry names the attachment it stored.
    @discardableResult
    package func store(
        _ upload: AttachmentUpload, kind: AttachmentKind, owner: AttachmentOwner, by actor: Actor,
        in db: Connection, at date: Date = Date()
    ) throws -> Attachment {
        let bytes = try Self.content(of: upload, kind: kind)
        let type = try Self.check(bytes, kind: kind)
        let token = SecureRandom.bytes(16).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        // Two-character folders keep any one folder small when house photos number in the millions.
        let shard = String(token.prefix(2))
        let storedName = shard + "/" + token + "." + type.fileExtension
        let folder = directory + "/" + shard
        try AttachmentFiles.ensureDirectory(directory)
        try AttachmentFiles.ensureDirectory(folder)
        let temporary = folder + "/" + Self.temporaryPrefix + token
        try AttachmentFiles.createFile(temporary, bytes: bytes)
        do {
            try AttachmentFiles.rename(temporary, to: directory + "/" + storedName)
        } catch {
            AttachmentFiles.remove(temporary)
            throw error
        }

        let id: Int64
        do {
            try db.execute(
                """
                INSERT INTO attachments (kind, owner_entity, owner_id, file_name, stored_name, content_type,
                                         byte_count, sha256, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [kind.rawValue, owner.entity, owner.id, Self.displayName(upload.fileName, type: type), storedName,
                 type.rawValue, bytes.count, Self.sha256(bytes), actor.userID, ISO8601Timestamp.format(date)])
            id = db.lastInsertRowID
        } catch {
            AttachmentFiles.remove(directory + "/" + storedName)
            throw error
        }
        guard let stored = try db.queryOne(
            Attachment.self, "SELECT \(Attachment.columns) FROM attachments WHERE id = ?", [id])
        else { throw AttachmentError.storageFailed("attachment \(id) not found after INSERT") }
        return stored
    }

    /// Stores `upload` and marks the owner's previous current attachment of the same kind
    /// `replaced_at` (a logo, a house photo that is renewed).
    @discardableResult
    package func replace(
        with upload: AttachmentUpload, kind: AttachmentKind, owner: AttachmentOwner, by actor: Actor,
        in db: Connection, at date: Date = Date()
    ) throws -> Attachment {
        try retire(kind: kind, owner: owner, in: db, at: date)
        return try store(upload, kind: kind, owner: owner, by: actor, in: db, at: date)
    }

    /// Marks the owner's current attachments of `kind` replaced, without a successor (a removed logo).
    package func retire(kind: AttachmentKind, owner: AttachmentOwner, in db: Connection, at date: Date = Date()) throws {
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
        guard let bytes = try AttachmentFiles.read(path(of: attachment)) else {
            throw AttachmentError.fileMissing(attachment.storedName)
        }
        return AttachmentContents(attachment: attachment, bytes: bytes)
    }

    /// Where the file of `attachment` lies.
    package func path(of attachment: Attachment) -> String {
        directory + "/" + attachment.storedName
    }

    /// Deletes the file of an attachment whose transaction rolled back.
    package func discardFile(of attachment: Attachment) {
        AttachmentFiles.remove(path(of: attachment))
    }

    /// The prefix of files still being written.
    static let temporaryPrefix = ".tmp-"

    /// SHA-256 in lowercase hex.
    static func sha256(_ bytes: [UInt8]) -> String {
        Crypto.SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
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
