import Glibc

/// A pthread mutex with one condition variable, for the few places that must sleep until
/// another thread says so (the worker queue, the stop latch). `Mutex` cannot wait.
final class ConditionLock: @unchecked Sendable {
    // Sendable because the pthread mutex and condition are themselves made for sharing.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    /// Waits for a signal; call with the lock held, and re-check the condition afterwards.
    func wait() { pthread_cond_wait(condition, mutex) }
    func signal() { pthread_cond_signal(condition) }
    func broadcast() { pthread_cond_broadcast(condition) }

    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// A one-way gate: `wait` blocks until `open` has been called once.
final class Latch: @unchecked Sendable {
    // `isOpen` is guarded by `lock`.
    private let lock = ConditionLock()
    private var isOpen = false

    func open() {
        lock.withLock {
            isOpen = true
            lock.broadcast()
        }
    }

    func wait() {
        lock.withLock {
            while !isOpen { lock.wait() }
        }
    }

    var opened: Bool { lock.withLock { isOpen } }
}
