package import Core
package import Database

extension BatchService {
    /// The owner of a batch's scanned references (musdes/SPTJM minutes, nota dinas, approval letter).
    package static func owner(_ id: Int64) -> AttachmentOwner { AttachmentOwner(entity: "dtks_finalisasi", id: String(id)) }

    /// Attaches a scanned reference document to batch `id` (any state: the signed letter often
    /// arrives after approval), audited in the same transaction as the stored file.
    package func attachDocument(_ upload: CheckedUpload, to id: Int64, by actor: Actor, attachments: AttachmentService) throws {
        try attachments.write { db, files in
            guard try BatchStore.find(id, in: db) != nil else { throw BatchError.notFound }
            let now = clock.now
            let stored = try files.store(upload, owner: Self.owner(id), by: actor, in: db, at: now)
            var changes = AuditChanges()
            changes.set("dokumen", to: stored.fileName)
            try AuditLog.record(
                AuditEntry(action: "dtks.finalisasi.dokumen", entity: "dtks_finalisasi", entityID: String(id), changes: changes),
                by: actor, in: db, at: now)
        }
    }

    /// The batch's scanned reference documents, oldest first.
    package func documents(of id: Int64, attachments: AttachmentService, in db: Connection) throws -> [Attachment] {
        try attachments.attachments(of: Self.owner(id), in: db)
    }
}
