/// What a re-scoring run did.
package struct RescoreOutcome: Sendable, Equatable {
    /// Households given a new assessment under the active set.
    package var rescored = 0
    /// Households whose answers do not cover the active set (new indicator codes): they keep
    /// their old score until someone assesses them again ("perlu penilaian ulang").
    package var needsReassessment = 0
    /// Write transactions committed.
    package var batches = 0

    package init() {}
}
