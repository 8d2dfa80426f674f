/// The outcome of scoring one complete assessment against one set.
package struct ScoreResult: Sendable, Equatable {
    /// One indicator's answer as scored.
    package struct ScoredAnswer: Sendable, Equatable {
        package let indicatorID: Int64
        package let code: String
        package let optionID: Int64
        package let points: Int
    }

    package let setID: Int64
    package let total: Int
    package let band: CategoryBand
    /// In the set's indicator order.
    package let answers: [ScoredAnswer]
}
