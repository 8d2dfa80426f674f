import Testing

@testable import HTTPServer

@Suite("Connection timeouts as a state machine")
struct ConnectionLifecycleTests {
    let timeouts = ConnectionLifecycle.Timeouts(header: 10_000, idle: 5_000, body: 30_000, write: 20_000)

    @Test func newConnectionIdlesOut() {
        let lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 100)
        #expect(lifecycle.deadline == 5_100)
        #expect(lifecycle.expiry(at: 5_099) == nil)
        #expect(lifecycle.expiry(at: 5_100) == .idle)
    }

    @Test func headerTimeoutCountsFromTheFirstByteAndIsNotExtended() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.requestStarted(at: 1_000)
        #expect(lifecycle.phase == .readingHead)
        // More header bytes do not move the deadline (slowloris).
        lifecycle.requestStarted(at: 9_000)
        lifecycle.bodyProgressed(at: 9_000)
        #expect(lifecycle.deadline == 11_000)
        #expect(lifecycle.expiry(at: 10_999) == nil)
        #expect(lifecycle.expiry(at: 11_000) == .header)
    }

    @Test func bodyTimeoutIsAnInactivityTimeout() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.requestStarted(at: 0)
        lifecycle.headReceived(at: 100, expectsBody: true)
        #expect(lifecycle.phase == .readingBody)
        lifecycle.bodyProgressed(at: 20_000)
        #expect(lifecycle.expiry(at: 40_000) == nil)
        #expect(lifecycle.expiry(at: 50_000) == .body)
    }

    @Test func noTimeoutWhileTheHandlerRuns() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.requestStarted(at: 0)
        lifecycle.headReceived(at: 10, expectsBody: false)
        #expect(lifecycle.phase == .awaitingResponse)
        #expect(lifecycle.deadline == nil)
        #expect(lifecycle.expiry(at: 1_000_000) == nil)
        lifecycle.requestStarted(at: 20)
        #expect(lifecycle.phase == .awaitingResponse)
    }

    @Test func idleTimeoutStartsWhenTheResponseHasLeft() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.requestStarted(at: 0)
        lifecycle.headReceived(at: 0, expectsBody: false)
        lifecycle.responseQueued(at: 100)
        lifecycle.outputBlocked(at: 100)
        // While the response is being written, the idle timeout does not apply...
        #expect(lifecycle.deadline == 20_100)
        #expect(lifecycle.expiry(at: 10_000) == nil)
        lifecycle.outputProgressed(at: 15_000)
        #expect(lifecycle.expiry(at: 30_000) == nil)
        lifecycle.outputDrained(at: 30_000)
        // ...and starts once it is out.
        #expect(lifecycle.deadline == 35_000)
        #expect(lifecycle.expiry(at: 35_000) == .idle)
    }

    @Test func stalledWriterIsDropped() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.responseQueued(at: 0)
        lifecycle.outputBlocked(at: 1_000)
        lifecycle.outputBlocked(at: 5_000)
        #expect(lifecycle.expiry(at: 20_999) == nil)
        #expect(lifecycle.expiry(at: 21_000) == .write)
    }

    @Test func stalledWriterWinsOverHeaderTimeout() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.outputBlocked(at: 0)
        lifecycle.requestStarted(at: 0)
        #expect(lifecycle.expiry(at: 25_000) == .write)
    }

    @Test func nextRequestRestartsTheHeaderTimeout() {
        var lifecycle = ConnectionLifecycle(timeouts: timeouts, openedAt: 0)
        lifecycle.requestStarted(at: 0)
        lifecycle.headReceived(at: 0, expectsBody: false)
        lifecycle.responseQueued(at: 50)
        lifecycle.requestStarted(at: 60)
        #expect(lifecycle.phase == .readingHead)
        #expect(lifecycle.deadline == 10_060)
    }
}
