/// A fixed set of threads running handlers, fed through a bounded queue. A full queue
/// refuses the job (the loop answers 503) instead of letting latency grow without bound.
final class WorkerPool: @unchecked Sendable {
    // `jobs`, `head`, `count` and `stopping` are guarded by `lock`; `threads` is written once
    // in `init` before any other thread can see the pool.
    typealias Job = @Sendable () -> Void

    private let lock = ConditionLock()
    private var jobs: [Job?]
    private var head = 0
    private var count = 0
    private var stopping = false
    private var threads: [OSThread] = []

    init(threadCount: Int, queueDepth: Int) throws(SystemError) {
        jobs = Array(repeating: nil, count: max(1, queueDepth))
        for index in 0..<max(1, threadCount) {
            threads.append(try OSThread.spawn(name: "http-worker-\(index)") { [self] in run() })
        }
    }

    /// Queues a job; false when the queue is full or the pool is stopping.
    func submit(_ job: @escaping Job) -> Bool {
        lock.withLock {
            guard !stopping, count < jobs.count else { return false }
            jobs[(head + count) % jobs.count] = job
            count += 1
            lock.signal()
            return true
        }
    }

    /// Drops queued jobs, lets running ones finish, and joins the threads.
    func stop() {
        lock.withLock {
            stopping = true
            for index in jobs.indices { jobs[index] = nil }
            count = 0
            lock.broadcast()
        }
        for thread in threads where !thread.isCurrent { thread.join() }
    }

    private func run() {
        while let job = nextJob() {
            job()
        }
    }

    private func nextJob() -> Job? {
        lock.withLock {
            while count == 0 && !stopping { lock.wait() }
            guard count > 0, let job = jobs[head] else { return nil }
            jobs[head] = nil
            head = (head + 1) % jobs.count
            count -= 1
            return job
        }
    }
}
