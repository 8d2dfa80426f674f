#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about a file or folder, enough to tell that it changed: modification time (with
/// nanoseconds), size and inode. A folder's time changes when entries are added, removed or renamed.
struct FileStamp: Equatable, Sendable {
    let path: String
    private let seconds: Int
    private let nanoseconds: Int
    private let size: Int64
    private let inode: UInt64

    /// The stamp of `path` now, or nil when it cannot be read (it was deleted, for instance).
    static func read(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return FileStamp(
            path: path, seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec), size: Int64(info.st_size),
            inode: UInt64(info.st_ino))
    }

    /// Whether the file at `path` still has this stamp.
    var isCurrent: Bool { FileStamp.read(path) == self }
}
