package import Foundation
import Synchronization

/// Where "now" comes from: the system clock in production, a settable one in tests
/// (session expiry, throttling windows).
package struct Clock: Sendable {
    private let read: @Sendable () -> Date

    package init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    package var now: Date { read() }

    package static let system = Clock { Date() }

    /// A clock that starts at `start` and moves only when told.
    package static func manual(_ start: Date) -> (Clock, ManualTime) {
        let time = ManualTime(start)
        return (Clock { time.now }, time)
    }
}

/// The hand of a manual clock.
package final class ManualTime: Sendable {
    private let value: Mutex<Date>

    init(_ start: Date) { value = Mutex(start) }

    package var now: Date { value.withLock { $0 } }

    package func advance(by seconds: TimeInterval) {
        value.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
