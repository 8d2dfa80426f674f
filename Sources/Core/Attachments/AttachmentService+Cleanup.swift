package import Foundation

extension AttachmentService {
    /// Deletes files in the uploads folder that no `attachments` row names (left by a
    /// transaction that rolled back after `store` wrote its file, or by a crash mid-write).
    /// Only files older than `minimumAge` are touched, so a transaction still running is safe.
    /// Returns how many files were removed.
    @discardableResult
    package func removeOrphans(olderThan minimumAge: TimeInterval = 3600, now: Date = Date()) throws -> Int {
        guard AttachmentFiles.isDirectory(directory) else { return 0 }
        let cutoff = Int(now.timeIntervalSince1970 - minimumAge)
        var removed = 0
        for shard in AttachmentFiles.names(in: directory) where Self.isShardName(shard) {
            let folder = directory + "/" + shard
            guard AttachmentFiles.isDirectory(folder) else { continue }
            for name in AttachmentFiles.names(in: folder) {
                let path = folder + "/" + name
                guard let modified = AttachmentFiles.modificationTime(of: path), modified <= cutoff,
                    AttachmentFiles.size(of: path) != nil
                else { continue }
                let known = try pool.read { db in
                    try db.queryOne("SELECT 1 FROM attachments WHERE stored_name = ?", [shard + "/" + name]) != nil
                }
                if !known {
                    AttachmentFiles.remove(path)
                    removed += 1
                }
            }
        }
        return removed
    }

    /// The folders `store` creates: two lowercase hex digits.
    private static func isShardName(_ name: String) -> Bool {
        name.utf8.count == 2 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
