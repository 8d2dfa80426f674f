/// How one step performed over a period: how many stays ended, how many within the standard, the median.
package struct StepStatistics: Sendable, Equatable {
    package let state: String
    package let label: String
    package let standardMinutes: Int
    package let count: Int
    package let withinStandard: Int
    package let medianMinutes: Int?

    /// Whole percent within the standard, nil when nothing ended in the period.
    package var percentWithin: Int? {
        count == 0 ? nil : (withinStandard * 100 + count / 2) / count
    }
}
