#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file operations of the uploads folder, over POSIX calls: private permissions (folders
/// 0700, files 0600), exclusive creation, and a write that reaches the disk before its rename.
enum AttachmentFiles {
    /// Creates `path` and its missing parents with mode 0700 (existing folders keep theirs).
    static func ensureDirectory(_ path: String) throws(AttachmentError) {
        if isDirectory(path) { return }
        let parent = parentPath(of: path)
        if !parent.isEmpty, parent != path { try ensureDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw .storageFailed("mkdir \(path): \(errorText(errno))")
        }
    }

    /// Writes `bytes` to a new file `path` (mode 0600, refused if it exists), then fsyncs it.
    static func createFile(_ path: String, bytes: [UInt8]) throws(AttachmentError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .storageFailed("create \(path): \(errorText(errno))") }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, failure == 0 {
                guard let base = buffer.baseAddress else { break }
                let written = write(fd, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    failure = written < 0 ? errno : EIO
                }
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure != 0 {
            unlink(path)
            throw .storageFailed("write \(path): \(errorText(failure))")
        }
    }

    /// Renames within the uploads folder (atomic on one file system), then fsyncs the folder so
    /// the new name survives a crash.
    static func rename(_ source: String, to destination: String) throws(AttachmentError) {
        guard systemRename(source, destination) == 0 else { throw .storageFailed("rename \(source): \(errorText(errno))") }
        let folder = open(parentPath(of: destination), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// The whole content of `path`, or nil when it does not exist.
    static func read(_ path: String) throws(AttachmentError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .storageFailed("open \(path): \(errorText(errno))")
        }
        defer { close(fd) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress, buffer.count)
            }
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 {
                return output
            } else if errno != EINTR {
                throw .storageFailed("read \(path): \(errorText(errno))")
            }
        }
    }

    /// Removes a file; a missing one is not an error.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// The size of a regular file, or nil.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Seconds since the epoch of the last change of `path`'s content, or nil.
    static func modificationTime(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in a folder, without `.` and `..`.
    static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

private func systemRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
