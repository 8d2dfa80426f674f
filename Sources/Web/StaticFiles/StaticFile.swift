import HTTPServer

/// One file of the Public folder, ready to send: both variants' headers are built once.
struct StaticFile: Sendable {
    struct Variant: Sendable {
        var etag: String
        var headers: HTTPHeaders
        var notModifiedHeaders: HTTPHeaders
        var body: ResponseBody
    }

    var identity: Variant
    /// The gzip variant, when the type compresses and compressing saved bytes.
    var gzip: Variant?
    var lastModified: Int64
    /// What the file looked like on disk when loaded, for the development re-check.
    var fingerprint: FileFingerprint
}

/// Modification time and size: enough to notice an edited file in development.
struct FileFingerprint: Sendable, Equatable {
    var seconds: Int64
    var nanoseconds: Int64
    var size: Int64
}

/// FNV-1a, 64 bits: a fast content hash for strong ETags (not a security measure).
enum ContentHash {
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
