import Core
package import Database

/// A household's place in one area's ranking (poorest first), as other modules show it.
package struct HouseholdRank: Sendable, Equatable {
    /// The area ranked in: kalurahan, kapanewon or the kabupaten.
    package let area: RankingArea
    package let rank: Int
    /// How many households of the area have a current score.
    package let areaCount: Int
    package let desil: Int
}

extension SidamesraReadAPI {
    /// The household's rank and desil in its kalurahan, its kapanewon and the kabupaten, in that
    /// order, by the same rule as the ranking pages; empty when it has no current score.
    package static func ranks(ofHousehold householdID: Int64, in db: Connection) throws -> [HouseholdRank] {
        try ranks(ofHousehold: householdID, levels: 3, in: db)
    }

    /// The household's rank and desil in its kalurahan only, nil when it has no current score.
    package static func rankInDesa(ofHousehold householdID: Int64, in db: Connection) throws -> HouseholdRank? {
        try ranks(ofHousehold: householdID, levels: 1, in: db).first
    }

    /// The first `levels` of kalurahan, kapanewon, kabupaten.
    private static func ranks(ofHousehold householdID: Int64, levels: Int, in db: Connection) throws -> [HouseholdRank] {
        guard let row = try db.queryOne(
            "SELECT total, member_count, no_kk, desa_code, kecamatan_code FROM household_scores WHERE household_id = ?",
            [householdID])
        else { return [] }
        let key = RankingKey(total: try row.get(0), memberCount: try row.get(1), noKK: try row.get(2), householdID: householdID)
        let areas: [RankingArea] = [.desa(try row.get(3)), .kecamatan(try row.get(4)), .kabupaten]
        return try areas.prefix(levels).map { area in
            let filter = RankingFilter(area: area)
            var counter = RankCounter(filter, scope: .everywhere)
            let rank = try counter.rank(of: key, in: db)
            let count = try RankingStore.areaCount(filter, scope: .everywhere, in: db)
            return HouseholdRank(area: area, rank: rank, areaCount: count, desil: RankedHousehold.desil(rank: rank, areaCount: count))
        }
    }
}
