package import Database
package import Foundation

/// Sign-in throttling (DESIGN §4): after `accountLimit` failures for one account within
/// `window`, that account is refused, even with the right password, until the oldest of those
/// failures leaves the window; one client address gets the much higher `addressLimit`, so an
/// office behind one address is not locked out by a colleague's typos.
package struct LoginThrottle: Sendable, Equatable {
    package var window: TimeInterval
    package var accountLimit: Int
    package var addressLimit: Int

    package init(window: TimeInterval, accountLimit: Int, addressLimit: Int) {
        self.window = window
        self.accountLimit = accountLimit
        self.addressLimit = addressLimit
    }

    /// 5 failures per account and 50 per address within 15 minutes.
    package static let standard = LoginThrottle(window: 15 * 60, accountLimit: 5, addressLimit: 50)

    /// Why an attempt for `username` from `address` must be refused right now, or nil.
    package func refusal(username: String, address: String, at now: Date, in db: Connection) throws -> LoginRefusal? {
        let since = now.addingTimeInterval(-window)
        if let oldest = try LoginStore.failure(rank: accountLimit, username: username, since: since, in: db) {
            return .accountLocked(minutes: minutesLeft(oldest, now))
        }
        if let oldest = try LoginStore.failure(rank: addressLimit, address: address, since: since, in: db) {
            return .addressLocked(minutes: minutesLeft(oldest, now))
        }
        return nil
    }

    /// Whole minutes, rounded up, until the failure at `oldest` no longer counts.
    private func minutesLeft(_ oldest: Date, _ now: Date) -> Int {
        let seconds = oldest.addingTimeInterval(window).timeIntervalSince(now)
        return max(1, Int((seconds / 60).rounded(.up)))
    }
}
