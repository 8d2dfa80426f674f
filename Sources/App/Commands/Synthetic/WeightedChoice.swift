/// Values with relative weights, drawn by `SyntheticRandom.draw`; the cumulative weights are
/// computed once so a draw is a short scan without allocating.
struct WeightedChoice<T: Sendable>: Sendable {
    private let values: [T]
    private let cumulative: [Double]

    /// `table` must not be empty; the weights need not sum to 1.
    init(_ table: [(Double, T)]) {
        values = table.map(\.1)
        var sum = 0.0
        cumulative = table.map { weight, _ in
            sum += weight
            return sum
        }
    }

    /// The value at `fraction` (in [0, 1)) of the total weight.
    func value(at fraction: Double) -> T {
        let target = fraction * (cumulative.last ?? 0)
        for (index, bound) in cumulative.enumerated() where target < bound {
            return values[index]
        }
        return values[values.count - 1]
    }
}
