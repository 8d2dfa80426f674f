package import Foundation

/// How long a browser session lives (DESIGN §4): 8 hours without a request, 24 hours at most,
/// and `last_seen_at` written at most once a minute so a page view is not a write every time.
package struct SessionPolicy: Sendable, Equatable {
    /// A session unused this long is over.
    package var idleLifetime: TimeInterval
    /// A session this old is over, however busy.
    package var absoluteLifetime: TimeInterval
    /// `last_seen_at` is refreshed only when it is at least this old.
    package var touchInterval: TimeInterval

    package init(idleLifetime: TimeInterval, absoluteLifetime: TimeInterval, touchInterval: TimeInterval) {
        self.idleLifetime = idleLifetime
        self.absoluteLifetime = absoluteLifetime
        self.touchInterval = touchInterval
    }

    /// 8 h idle, 24 h absolute, touched at most once a minute.
    package static let standard = SessionPolicy(idleLifetime: 8 * 3600, absoluteLifetime: 24 * 3600, touchInterval: 60)
}
