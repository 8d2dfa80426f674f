import Core
import Synchronization

/// The logo last served, kept in memory so `/logo` reads neither the database nor the disk
/// while the logo stays the same; a new logo id in the settings replaces it.
final class ServedLogo: Sendable {
    private let cached: Mutex<AttachmentContents?> = Mutex(nil)

    /// The contents of attachment `id`, loaded by `load` when not the one held.
    func contents(_ id: Int64, load: () throws -> AttachmentContents?) throws -> AttachmentContents? {
        if let held = cached.withLock({ $0 }), held.attachment.id == id { return held }
        let loaded = try load()
        if let loaded { cached.withLock { $0 = loaded } }
        return loaded
    }
}
