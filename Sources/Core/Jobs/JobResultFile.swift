import Foundation

/// The result file a handler writes into, given to the closure of `JobContext.writeResult`.
/// Only the worker thread uses it.
package final class JobResultFile {
    private let handle: FileHandle
    /// How many bytes were written so far.
    package private(set) var byteCount = 0

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw JobFailure("Berkas hasil tidak dapat dibuat di server.")
        }
        handle = try FileHandle(forWritingAtPath: path).unwrapped()
    }

    /// Appends `bytes`.
    package func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try handle.write(contentsOf: bytes)
        byteCount += bytes.count
    }

    /// Appends `text` as UTF-8.
    package func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    func close() throws {
        try handle.synchronize()
        try handle.close()
    }

    /// Closes without reporting errors, after a failure.
    func abandon() {
        try? handle.close()
    }
}

extension Optional where Wrapped == FileHandle {
    fileprivate func unwrapped() throws -> FileHandle {
        guard let handle = self else { throw JobFailure("Berkas hasil tidak dapat dibuka di server.") }
        return handle
    }
}
