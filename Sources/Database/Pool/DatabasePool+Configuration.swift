import Foundation

extension DatabasePool {
    /// How the pool opens and sets up its connections.
    package struct Configuration: Sendable {
        /// `PRAGMA synchronous` in WAL mode (https://sqlite.org/pragma.html#pragma_synchronous).
        package enum Synchronous: String, Sendable {
            /// Durable against application crashes; a power loss may lose the last commits, never
            /// corrupt the database. The usual choice with WAL.
            case normal = "NORMAL"
            /// Also durable against power loss, at the price of an fsync per commit.
            case full = "FULL"
        }

        /// Durability of commits; `.normal` unless the deployment asks for `.full`.
        package var synchronous: Synchronous = .normal
        /// How long a connection waits for a lock held by another process before SQLITE_BUSY.
        package var busyTimeoutMilliseconds: Int = 5_000
        /// The most reader connections open at once; readers beyond it wait for a free one.
        package var maximumReaderCount: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)
        /// Page cache per connection, in KiB (`PRAGMA cache_size = -N`).
        package var cacheSizeKiB: Int = 16_384
        /// The WAL file is truncated back to this size after a checkpoint (`journal_size_limit`).
        package var journalSizeLimitBytes: Int = 64 * 1024 * 1024
        /// Prepared statements kept per connection.
        package var statementCacheCapacity: Int = 512

        /// The defaults above.
        package init() {}
    }
}
