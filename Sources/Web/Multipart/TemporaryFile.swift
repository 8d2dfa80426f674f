#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// A file the web layer created for an upload. Deleted on deinit unless it was moved away;
/// the path is behind a `Mutex` because a moved file must never be deleted under its new name.
package final class TemporaryFile: Sendable {
    private let location: Mutex<String?>

    init(path: String) {
        location = Mutex(path)
    }

    deinit {
        if let path = location.withLock({ $0 }) { unlink(path) }
    }

    /// Where the file is now, or nil once moved.
    package var path: String? { location.withLock { $0 } }

    func move(to destination: String) throws(FileIO.Failure) {
        try location.withLock { (path: inout String?) throws(FileIO.Failure) in
            guard let source = path else {
                throw FileIO.Failure(operation: "move", path: destination, code: ENOENT)
            }
            try FileIO.move(source, to: destination)
            path = nil
        }
    }
}
