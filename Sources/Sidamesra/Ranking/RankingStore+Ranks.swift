import Core
import Database

/// How the first row of a piece gets its rank.
enum RankingStart {
    /// Count the area's rows before it.
    case countBefore
    /// The rows are consecutive in the area (no filter): the first has this rank.
    case knownRank(Int)
}

extension RankingStore {
    /// Gives `rows` (in ranking order) their rank and desil in the area. Without filters the
    /// ranks are consecutive and nothing is counted; otherwise `RankCounter` counts them.
    static func ranked(
        _ rows: [Row], _ filter: RankingFilter, scope: AreaScope, start: RankingStart, areaCount: Int,
        in db: Connection
    ) throws -> [RankedHousehold] {
        var counter: RankCounter
        if case .countBefore = start {
            counter = RankCounter(filter, scope: scope, areaTotals: try totals(RankingFilter(area: filter.area), scope: scope, in: db))
        } else {
            counter = RankCounter(filter, scope: scope)
        }
        var result: [RankedHousehold] = []
        result.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            let key = RankingKey(
                total: try row.get(1), memberCount: try row.get(2), noKK: try row.get(3), householdID: try row.get(0))
            let rank: Int
            switch start {
            case .knownRank(let first): rank = first + index
            case .countBefore: rank = try counter.rank(of: key, in: db)
            }
            result.append(
                RankedHousehold(
                    householdID: key.householdID, rank: rank, desil: RankedHousehold.desil(rank: rank, areaCount: areaCount),
                    noKK: key.noKK, headName: try row.get(8), headNIK: try row.get(9), desaCode: try row.get(5),
                    desaName: try row.get(10, as: String?.self) ?? "", memberCount: key.memberCount, total: key.total,
                    bandName: try row.get(6, as: String?.self) ?? "", bandColour: try row.get(7, as: String?.self) ?? "netral",
                    assessedOn: try row.get(4)))
        }
        return result
    }
}
