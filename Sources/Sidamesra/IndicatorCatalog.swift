package import Database

/// The read API other modules call for indicator sets: the active set and a set by id, each
/// with indicators, options and bands. Score with `Scoring.score(_:in:)`. Inside a write
/// transaction of your own, call `IndicatorSetStore.active(in:)` / `find(_:in:)` instead.
package struct IndicatorCatalog: Sendable {
    package let pool: DatabasePool

    package init(pool: DatabasePool) {
        self.pool = pool
    }

    /// The set assessments use now, or nil when none is active.
    package func activeSet() throws -> IndicatorSet? {
        try pool.read { try IndicatorSetStore.active(in: $0) }
    }

    /// The set with `id` (any status; an assessment's own version), or nil.
    package func set(_ id: Int64) throws -> IndicatorSet? {
        try pool.read { try IndicatorSetStore.find(id, in: $0) }
    }

    /// Every set, newest first, without indicators.
    package func summaries() throws -> [IndicatorSetSummary] {
        try pool.read(IndicatorSetStore.summaries)
    }
}
