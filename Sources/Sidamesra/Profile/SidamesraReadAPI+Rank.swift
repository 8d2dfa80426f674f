package import Database

/// A household's place in the ranking of its kalurahan, as the ranking page counts it.
package struct HouseholdRank: Sendable, Equatable {
    /// 1 for the poorest household of the kalurahan.
    package let rank: Int
    /// 1–10 (`RankedHousehold.desil`).
    package let desil: Int
    /// The households of the kalurahan with a current score.
    package let areaCount: Int
    /// The kalurahan (desa) code the rank is counted in.
    package let desaCode: String
}

extension SidamesraReadAPI {
    /// The household's rank and desil in its kalurahan, or nil when it has no current score.
    package func rankInDesa(ofHousehold householdID: Int64) throws -> HouseholdRank? {
        try pool.read { try Self.rankInDesa(ofHousehold: householdID, in: $0) }
    }

    /// The same inside a transaction the caller already holds.
    package static func rankInDesa(ofHousehold householdID: Int64, in db: Connection) throws -> HouseholdRank? {
        guard
            let row = try db.queryOne(
                "SELECT total, member_count, no_kk, desa_code FROM household_scores WHERE household_id = ?",
                [householdID])
        else { return nil }
        let desaCode: String = try row.get(3)
        let key = RankingKey(total: try row.get(0), memberCount: try row.get(1), noKK: try row.get(2), householdID: householdID)
        // Ranks are counted over the whole kalurahan, whoever asks (RankingStore).
        let filter = RankingFilter(area: .desa(desaCode))
        var counter = RankCounter(filter, scope: .everywhere)
        let rank = try counter.rank(of: key, in: db)
        let areaCount = try RankingStore.areaCount(filter, scope: .everywhere, in: db)
        return HouseholdRank(
            rank: rank, desil: RankedHousehold.desil(rank: rank, areaCount: areaCount), areaCount: areaCount,
            desaCode: desaCode)
    }
}
