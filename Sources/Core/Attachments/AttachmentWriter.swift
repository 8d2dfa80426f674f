package import Database
package import Foundation

/// Stores attachments inside one write transaction (`AttachmentService.write`). It remembers
/// every file it wrote, so that when the transaction does not commit the files go too and the
/// uploads folder never keeps a file no row names. Used only on the writer's thread.
package final class AttachmentWriter {
    private let service: AttachmentService
    /// The files written so far in this transaction, relative to the uploads folder.
    private(set) var storedNames: [String] = []

    init(service: AttachmentService) {
        self.service = service
    }

    /// Writes `upload`'s file under a random name and records its row for `owner`. Writes no
    /// audit row: the caller's own entry names the attachment it stored.
    @discardableResult
    package func store(
        _ upload: CheckedUpload, owner: AttachmentOwner, by actor: Actor, in db: Connection, at date: Date
    ) throws -> Attachment {
        let storedName = try service.writeFile(upload)
        storedNames.append(storedName)
        try db.execute(
            """
            INSERT INTO attachments (kind, owner_entity, owner_id, file_name, stored_name, content_type,
                                     byte_count, sha256, uploaded_by, uploaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [upload.kind.rawValue, owner.entity, owner.id, upload.fileName, storedName, upload.contentType.rawValue,
             upload.bytes.count, AttachmentService.sha256(upload.bytes), actor.userID, ISO8601Timestamp.format(date)])
        let id = db.lastInsertRowID
        guard let stored = try db.queryOne(
            Attachment.self, "SELECT \(Attachment.columns) FROM attachments WHERE id = ?", [id])
        else { throw AttachmentError.storageFailed("attachment \(id) not found after INSERT") }
        return stored
    }

    /// Stores `upload` and marks the owner's previous current attachment of the same kind
    /// replaced (a logo, a house photo that is renewed).
    @discardableResult
    package func replace(
        with upload: CheckedUpload, owner: AttachmentOwner, by actor: Actor, in db: Connection, at date: Date
    ) throws -> Attachment {
        try service.retire(kind: upload.kind, owner: owner, in: db, at: date)
        return try store(upload, owner: owner, by: actor, in: db, at: date)
    }

    /// Deletes every file written through this writer (its transaction rolled back).
    func discardFiles() {
        for name in storedNames {
            AttachmentFiles.remove(service.directory + "/" + name)
        }
        storedNames = []
    }
}
