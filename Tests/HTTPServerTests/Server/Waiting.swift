import Glibc
import Synchronization

/// A flag a handler raises so a test can wait until the handler is really running.
final class Signal: Sendable {
    private let raised = Mutex(false)

    func raise() {
        raised.withLock { $0 = true }
    }

    /// Waits up to `timeout` for `raise`; true when it happened.
    @discardableResult
    func wait(timeout: Duration = .seconds(5)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if raised.withLock({ $0 }) { return true }
            usleep(2_000)
        }
        return false
    }
}

/// Retries `attempt` until it returns true or `timeout` passes.
func eventually(timeout: Duration = .seconds(3), _ attempt: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if attempt() { return true }
        usleep(10_000)
    }
    return false
}
