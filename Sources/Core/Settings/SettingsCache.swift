import Synchronization

/// The settings in memory: read on every page, replaced after the settings service commits.
package final class SettingsCache: Sendable {
    private let value: Mutex<Settings>

    package init(_ settings: Settings = Settings()) {
        value = Mutex(settings)
    }

    /// The settings as last stored.
    package var current: Settings { value.withLock { $0 } }

    /// Replaces the cached settings (call after the transaction that stored them committed).
    package func replace(with settings: Settings) {
        value.withLock { $0 = settings }
    }
}
