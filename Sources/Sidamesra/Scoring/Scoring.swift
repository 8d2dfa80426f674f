/// The scoring rule: the total is the sum of the chosen options' points over every indicator of
/// the set, and the category is the band containing it. Pure: no database, no clock.
package enum Scoring {
    /// Scores `answers` (indicator code → answer) against `set`. Every indicator must be answered
    /// with one of its own options; answers to codes the set does not have are ignored, so answers
    /// kept from an older version can be scored where the codes still match.
    package static func score(_ answers: [String: Answer], in set: IndicatorSet) throws(ScoringError) -> ScoreResult {
        var scored: [ScoreResult.ScoredAnswer] = []
        var missing: [ScoringError.Missing] = []
        scored.reserveCapacity(set.indicators.count)
        for indicator in set.indicators {
            guard let answer = answers[indicator.code] else {
                missing.append(ScoringError.Missing(code: indicator.code, question: indicator.question))
                continue
            }
            let option: IndicatorOption? =
                switch answer {
                case .option(let id): indicator.option(id: id)
                case .points(let points): indicator.option(points: points)
                }
            guard let option else {
                throw .answerNotOffered(code: indicator.code, question: indicator.question)
            }
            scored.append(.init(indicatorID: indicator.id, code: indicator.code, optionID: option.id, points: option.points))
        }
        guard missing.isEmpty else { throw .incomplete(missing: missing) }
        let total = scored.reduce(0) { $0 + $1.points }
        guard let band = set.band(for: total) else { throw .noBand(total: total) }
        return ScoreResult(setID: set.id, total: total, band: band, answers: scored)
    }

    /// The band containing `total` in `set`, or nil.
    package static func category(for total: Int, in set: IndicatorSet) -> CategoryBand? { set.band(for: total) }

    /// Answers chosen under `old` (code → option id) restated as options of `new`, matched by
    /// indicator code and option position (copies keep both). Codes or positions `new` lacks are
    /// left out, so scoring the result names them as missing.
    package static func carryOver(_ optionIDs: [String: Int64], from old: IndicatorSet, to new: IndicatorSet)
        -> [String: Answer]
    {
        var carried: [String: Answer] = [:]
        for (code, optionID) in optionIDs {
            guard let position = old.indicator(code: code)?.option(id: optionID)?.position,
                let option = new.indicator(code: code)?.option(position: position)
            else { continue }
            carried[code] = .option(option.id)
        }
        return carried
    }
}
