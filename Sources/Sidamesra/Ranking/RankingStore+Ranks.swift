import Core
import Database

/// How the first row of a piece gets its rank.
enum RankingStart {
    /// Count the area's rows before it.
    case countBefore
    /// The rows are consecutive in the area (no filter): the first has this rank.
    case knownRank(Int)
    /// Continue after a row whose rank is known.
    case after(RankingCursor)
}

extension RankingStore {
    /// Gives `rows` (in ranking order) their rank and desil in the area: one count of the index
    /// entries before the first row, then for each next row the entries between it and the one
    /// before (rank = previous rank + 1 + rows in between), so the whole piece walks the index
    /// once up to its last row. Without filters the ranks are consecutive and nothing is counted.
    static func ranked(
        _ rows: [Row], _ filter: RankingFilter, scope: AreaScope, start: RankingStart, areaCount: Int,
        in db: Connection
    ) throws -> [RankedHousehold] {
        let area = base(filter, scope: scope)
        var previous: RankingCursor?
        var result: [RankedHousehold] = []
        result.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            let key = RankingKey(
                total: try row.get(1), memberCount: try row.get(2), noKK: try row.get(3), householdID: try row.get(0))
            let rank: Int
            switch (start, previous) {
            case (.knownRank(let first), _):
                rank = first + index
            case (_, let previous?):
                rank = try previous.rank + 1 + between(previous.key, and: key, area: area, filter, in: db)
            case (.after(let cursor), nil):
                rank = try cursor.rank + 1 + between(cursor.key, and: key, area: area, filter, in: db)
            case (.countBefore, nil):
                rank = try 1 + db.scalar(
                    Int.self,
                    "SELECT count(*) FROM household_scores AS s WHERE \(inArea(filter.area)) AND \(before(5))",
                    area + arguments(key))
            }
            previous = RankingCursor(key: key, rank: rank)
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

    /// The area's rows strictly between two keys.
    private static func between(
        _ lower: RankingKey, and upper: RankingKey, area: StatementArguments, _ filter: RankingFilter, in db: Connection
    ) throws -> Int {
        try db.scalar(
            Int.self,
            "SELECT count(*) FROM household_scores AS s WHERE \(inArea(filter.area)) AND \(after(5)) AND \(before(9))",
            area + arguments(lower) + arguments(upper))
    }
}
