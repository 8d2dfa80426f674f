#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the web layer needs, over POSIX calls with EINTR handled here.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        var operation: String
        var path: String
        var code: Int32
        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(operation: "fstat", path: path, code: errno) }
        var output: [UInt8] = []
        output.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 {
                return output
            } else if errno != EINTR {
                throw Failure(operation: "read", path: path, code: errno)
            }
        }
    }

    /// Writes all of `bytes` to an open descriptor.
    static func write(_ bytes: some Collection<UInt8>, to fd: Int32, path: String) throws(Failure) {
        let result: Int32? = bytes.withContiguousStorageIfAvailable { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 ? errno : EIO
                }
            }
            return 0
        }
        if let result, result != 0 { throw Failure(operation: "write", path: path, code: result) }
        if result == nil { try write(Array(bytes), to: fd, path: path) }
    }

    /// Writes `bytes` and closes `fd`; on failure the half-written file is removed.
    private static func writeThenClose(_ bytes: some Collection<UInt8>, to fd: Int32, path: String) throws(Failure) {
        defer { close(fd) }
        do {
            try write(bytes, to: fd, path: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Creates `path` (which must not exist) with mode 0600 and writes `bytes`.
    static func create(_ path: String, bytes: some Collection<UInt8>) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(operation: "create", path: path, code: errno) }
        try writeThenClose(bytes, to: fd, path: path)
    }

    /// A new file with a unique name in `directory`, holding `bytes`; returns its path.
    static func createTemporary(in directory: String, prefix: String, bytes: some Collection<UInt8>)
        throws(Failure) -> String
    {
        var template = Array((directory + "/" + prefix + "XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { throw Failure(operation: "mkstemp", path: directory, code: errno) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try writeThenClose(bytes, to: fd, path: path)
        return path
    }

    /// Renames, or copies and deletes when the destination is on another file system.
    static func move(_ source: String, to destination: String) throws(Failure) {
        if rename(source, destination) == 0 { return }
        let code = errno
        guard code == EXDEV else { throw Failure(operation: "rename", path: source, code: code) }
        try create(destination, bytes: read(source))
        unlink(source)
    }

    /// `realpath(3)`: the absolute path with every symlink resolved, or nil.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        status(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    static func status(_ path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
