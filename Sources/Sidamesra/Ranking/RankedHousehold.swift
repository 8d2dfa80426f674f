/// One row of a ranking: a household's current score with its rank and desil in the area.
package struct RankedHousehold: Sendable, Equatable {
    package let householdID: Int64
    /// 1 for the poorest household of the area (see `RankingStore` for the order).
    package let rank: Int
    /// 1–10: `floor((rank − 1) × 10 / N) + 1` with N the households of the area with a current score.
    package let desil: Int
    package let noKK: String
    /// The living head's name and NIK, nil when the household has none now.
    package let headName: String?
    package let headNIK: String?
    package let desaCode: String
    package let desaName: String
    package let memberCount: Int
    package let total: Int
    package let bandName: String
    /// The band's colour token (`.band-<colour>` in app.css).
    package let bandColour: String
    /// ISO date of the assessment.
    package let assessedOn: String

    /// The sort key of this row, to continue after it.
    package var key: RankingKey {
        RankingKey(total: total, memberCount: memberCount, noKK: noKK, householdID: householdID)
    }

    /// `floor((rank − 1) × 10 / areaCount) + 1`: ten equal groups in ranking order, so the poorest
    /// household is always in desil 1 (even in an area of fewer than ten) and the last in desil 10
    /// once the area has ten; 0 for an empty area.
    package static func desil(rank: Int, areaCount: Int) -> Int {
        guard areaCount > 0 else { return 0 }
        return min(10, max(1, (rank - 1) * 10 / areaCount + 1))
    }
}

/// A position in the ranking order: total ascending, members descending, No KK ascending, and
/// the household id last so that no two rows tie.
package struct RankingKey: Sendable, Equatable {
    package let total: Int
    package let memberCount: Int
    package let noKK: String
    package let householdID: Int64

    package init(total: Int, memberCount: Int, noKK: String, householdID: Int64) {
        self.total = total
        self.memberCount = memberCount
        self.noKK = noKK
        self.householdID = householdID
    }
}

/// Where an export stopped: the last row written and its rank, to continue from.
package struct RankingCursor: Sendable, Equatable {
    package let key: RankingKey
    package let rank: Int

    package init(key: RankingKey, rank: Int) {
        self.key = key
        self.rank = rank
    }

    /// The cursor after `row`.
    package init(after row: RankedHousehold) {
        self.init(key: row.key, rank: row.rank)
    }
}
