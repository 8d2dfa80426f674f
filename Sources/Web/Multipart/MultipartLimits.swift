#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bounds on one `multipart/form-data` body, on top of the route's body limit (which the server
/// enforces before the body is read).
package struct MultipartLimits: Sendable {
    /// Parts in one body, fields and files together.
    package var maxParts = 256
    /// The header section of one part.
    package var maxPartHeaderBytes = 8 * 1024
    /// A non-file field's value; file parts are bounded only by the body limit.
    package var maxFieldBytes = 1024 * 1024
    /// File parts larger than this go to a temporary file instead of staying in memory.
    package var memoryThreshold = 64 * 1024
    /// Where those temporary files go: put it on the uploads' file system so saving is a rename.
    package var temporaryDirectory: String = MultipartLimits.systemTemporaryDirectory

    package init() {}

    static var systemTemporaryDirectory: String {
        if let value = getenv("TMPDIR"), value.pointee != 0 { return String(cString: value) }
        return "/tmp"
    }
}
