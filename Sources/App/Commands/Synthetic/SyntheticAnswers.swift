import Sidamesra

/// Draws a complete, scored set of answers for one household from its latent welfare `u`
/// (0 poorest … 1 best off). The total is chosen first so that the categories come out in the
/// planned shares (for four bands, poorest first: 8 %, 20 %, 35 %, 37 %); the answers then sit
/// around the same relative level with noise, and are nudged one option at a time until they add
/// up to that total, so answers of one household agree with each other.
struct SyntheticAnswers {
    /// One drawn assessment: the chosen option of every indicator, in indicator order.
    struct Draw {
        let options: [Option]
        let total: Int
        let bandID: Int64
        /// Points given to the indicators the household's members are made to agree with.
        let hints: Hints
    }

    /// Answers about the members, by indicator code of the example set (nil when absent).
    struct Hints {
        /// KES02: disability or chronic illness in the household (0 worst … 4 none).
        var health: Int?
        /// PDK01: education of the head (0 never at school … 4 diploma or higher).
        var headEducation: Int?
    }

    /// One option as an answer row needs it.
    struct Option {
        let id: Int64
        let indicatorID: Int64
        let points: Int
    }

    private struct Choice {
        /// Options by ascending points.
        let options: [Option]
    }

    private struct Band {
        let id: Int64
        let range: ClosedRange<Int>
        let share: Double
    }

    let setID: Int64
    /// The number of indicators, which is also the number of answers per assessment.
    let indicatorCount: Int
    private let choices: [Choice]
    private let bands: [Band]
    private let lowest: Int
    private let highest: Int
    private let healthIndex: Int?
    private let educationIndex: Int?

    /// The planned category shares for a four-band set, poorest band first.
    static let fourBandShares = [0.08, 0.20, 0.35, 0.37]

    /// Nil when the set has an indicator without options or no bands.
    init?(set: IndicatorSet) {
        let indicators = set.indicators.sorted { $0.position < $1.position }
        var choices: [Choice] = []
        for indicator in indicators {
            let options = indicator.options.sorted { $0.points < $1.points }.map {
                Option(id: $0.id, indicatorID: indicator.id, points: $0.points)
            }
            guard !options.isEmpty else { return nil }
            choices.append(Choice(options: options))
        }
        let sortedBands = set.bands.sorted { $0.minScore < $1.minScore }
        guard !choices.isEmpty, !sortedBands.isEmpty else { return nil }
        let shares = sortedBands.count == Self.fourBandShares.count
            ? Self.fourBandShares : Array(repeating: 1.0 / Double(sortedBands.count), count: sortedBands.count)
        setID = set.id
        indicatorCount = choices.count
        self.choices = choices
        lowest = choices.reduce(0) { $0 + ($1.options.first?.points ?? 0) }
        highest = choices.reduce(0) { $0 + ($1.options.last?.points ?? 0) }
        bands = zip(sortedBands, shares).map { band, share in
            Band(id: band.id, range: band.minScore...band.maxScore, share: share)
        }
        healthIndex = indicators.firstIndex { $0.code == "KES02" }
        educationIndex = indicators.firstIndex { $0.code == "PDK01" }
    }

    /// The answers of a household of welfare `u`; nil when no band holds the total reached.
    func draw(welfare u: Double, random: inout SyntheticRandom) -> Draw? {
        let target = targetTotal(welfare: u)
        let span = Double(max(1, highest - lowest))
        let level = Double(target - lowest) / span
        var picked = choices.map { choice -> Int in
            let low = Double(choice.options[0].points)
            let high = Double(choice.options[choice.options.count - 1].points)
            let wanted = low + level * (high - low) + (random.unit() - 0.5) * 2.4
            return nearestOption(choice, points: wanted)
        }
        var total = zip(choices, picked).reduce(0) { $0 + $1.0.options[$1.1].points }
        var attempts = 0
        while total != target, attempts < 50 * choices.count {
            attempts += 1
            let index = random.int(0...(choices.count - 1))
            let options = choices[index].options
            let current = picked[index]
            let next = total < target ? current + 1 : current - 1
            guard options.indices.contains(next) else { continue }
            let change = options[next].points - options[current].points
            guard abs(target - total - change) < abs(target - total) else { continue }
            picked[index] = next
            total += change
        }
        guard let band = bands.first(where: { $0.range.contains(total) }) else { return nil }
        let points = zip(choices, picked).map { $0.options[$1].points }
        return Draw(
            options: zip(choices, picked).map { $0.options[$1] }, total: total, bandID: band.id,
            hints: Hints(health: healthIndex.map { points[$0] }, headEducation: educationIndex.map { points[$0] }))
    }

    /// The total at quantile `u` of the planned distribution: uniform within each band.
    private func targetTotal(welfare u: Double) -> Int {
        var lower = 0.0
        for band in bands {
            let upper = lower + band.share
            if u < upper || band.id == bands[bands.count - 1].id {
                let within = min(max((u - lower) / band.share, 0), 0.999_999)
                let width = Double(band.range.upperBound - band.range.lowerBound + 1)
                let total = band.range.lowerBound + Int(within * width)
                return min(max(total, lowest), highest)
            }
            lower = upper
        }
        return lowest
    }

    private func nearestOption(_ choice: Choice, points: Double) -> Int {
        var best = 0
        var distance = Double.infinity
        for (index, option) in choice.options.enumerated() where abs(Double(option.points) - points) < distance {
            distance = abs(Double(option.points) - points)
            best = index
        }
        return best
    }
}
