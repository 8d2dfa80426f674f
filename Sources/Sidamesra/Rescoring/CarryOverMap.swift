/// Every option of an old set restated once as the active set's answer, by `Scoring.carryOver`
/// (indicator code, then option position), so re-scoring needs no rule of its own: the map is
/// written to a temporary table and the answers are joined against it in SQL.
struct CarryOverMap {
    /// Where an old option lands: the active set's indicator, its option and points.
    struct Target: Equatable {
        let indicatorID: Int64
        let optionID: Int64
        let points: Int
    }

    /// Old option id → the active set's answer; options without a match are absent.
    let entries: [Int64: Target]

    init(from old: IndicatorSet, to active: IndicatorSet) {
        var entries: [Int64: Target] = [:]
        for indicator in old.indicators {
            for option in indicator.options {
                let carried = Scoring.carryOver([indicator.code: option.id], from: old, to: active)
                guard case .option(let newID)? = carried[indicator.code],
                    let target = active.indicator(code: indicator.code), let newOption = target.option(id: newID)
                else { continue }
                entries[option.id] = Target(indicatorID: target.id, optionID: newID, points: newOption.points)
            }
        }
        self.entries = entries
    }
}
