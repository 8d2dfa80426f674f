import CSystem
import Glibc

/// A plain POSIX thread. Loops and workers need real threads that may block, not tasks on
/// Swift's cooperative pool.
struct OSThread: Sendable {
    private final class Start {
        let name: String
        let body: @Sendable () -> Void
        init(name: String, body: @escaping @Sendable () -> Void) {
            self.name = name
            self.body = body
        }
    }

    private let handle: pthread_t

    static func spawn(name: String, _ body: @escaping @Sendable () -> Void) throws(SystemError) -> OSThread {
        let start = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        var handle = pthread_t()
        let result = pthread_create(&handle, nil, { argument in
            guard let argument else { return nil }
            let start = Unmanaged<Start>.fromOpaque(argument).takeRetainedValue()
            _ = csystem_set_thread_name(start.name)
            start.body()
            return nil
        }, start)
        guard result == 0 else {
            Unmanaged<Start>.fromOpaque(start).release()
            throw SystemError(operation: "pthread_create", code: result)
        }
        return OSThread(handle: handle)
    }

    func join() {
        _ = pthread_join(handle, nil)
    }

    /// Whether the caller is this thread.
    var isCurrent: Bool { pthread_equal(handle, pthread_self()) != 0 }
}
