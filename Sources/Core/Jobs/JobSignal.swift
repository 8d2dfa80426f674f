import Foundation

/// What the queue and the worker thread share: a wake-up flag set when a job is queued, whether
/// the worker is busy, and the stop request. Every field is read and written only while holding
/// `condition`, which is why the unchecked conformance is safe.
final class JobSignal: @unchecked Sendable {
    private let condition = NSCondition()
    private var wakeRequested = false
    private var busy = false
    private var running = false
    private var stopRequested = false

    /// Tells the worker there may be a queued job. Called inside the queuing transaction: the
    /// worker then claims through the one writer, which waits for that transaction to end, so a
    /// wake-up before the commit finds the row, and one after a rollback finds nothing.
    func wake() {
        condition.lock()
        wakeRequested = true
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the worker running with a first scan pending (jobs queued while it was down);
    /// false when it already runs.
    func markStarted() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !running else { return false }
        running = true
        stopRequested = false
        wakeRequested = true
        return true
    }

    /// Blocks until woken or `pollInterval` passes; then marks the worker busy and returns true,
    /// or returns false when the worker must stop.
    func waitForWork(pollInterval: TimeInterval) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: pollInterval)
        while !wakeRequested && !stopRequested {
            if !condition.wait(until: deadline) { break }
        }
        guard !stopRequested else { return false }
        wakeRequested = false
        busy = true
        return true
    }

    /// The worker found no more queued jobs.
    func markIdle() {
        condition.lock()
        busy = false
        condition.broadcast()
        condition.unlock()
    }

    /// The worker thread is about to end.
    func markExited() {
        condition.lock()
        running = false
        busy = false
        condition.broadcast()
        condition.unlock()
    }

    /// Asks the worker to stop after (or by interrupting) its current job.
    func requestStop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        condition.unlock()
    }

    /// True once a stop was requested.
    var isStopping: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }

    /// Waits until the worker has nothing queued and is not running a job; false on timeout or
    /// when the worker is not running.
    func waitUntilIdle(deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while running && (busy || wakeRequested) {
            if !condition.wait(until: deadline) { return false }
        }
        return running
    }

    /// Waits until the worker thread has ended; false on timeout.
    func waitUntilExited(deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while running {
            if !condition.wait(until: deadline) { return !running }
        }
        return true
    }
}
