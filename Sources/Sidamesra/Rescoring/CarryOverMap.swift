/// Every option of an old set restated once as the active set's answer, by `Scoring.carryOver`
/// (indicator code, then option position), so re-scoring a household is array look-ups only.
struct CarryOverMap {
    /// Where an old option lands: the active set's indicator index, its option id and points.
    struct Target {
        let slot: Int
        let optionID: Int64
        let points: Int
    }

    private let targets: [Int64: Target]

    init(from old: IndicatorSet, to active: IndicatorSet) {
        var slots: [Int64: Int] = [:]
        for (index, indicator) in active.indicators.enumerated() { slots[indicator.id] = index }
        var targets: [Int64: Target] = [:]
        for indicator in old.indicators {
            for option in indicator.options {
                let carried = Scoring.carryOver([indicator.code: option.id], from: old, to: active)
                guard case .option(let newID)? = carried[indicator.code],
                    let target = active.indicator(code: indicator.code),
                    let slot = slots[target.id], let newOption = target.option(id: newID)
                else { continue }
                targets[option.id] = Target(slot: slot, optionID: newID, points: newOption.points)
            }
        }
        self.targets = targets
    }

    /// The active set's answer for old option `id`, or nil when the active set has no match.
    func target(of id: Int64) -> Target? { targets[id] }
}
