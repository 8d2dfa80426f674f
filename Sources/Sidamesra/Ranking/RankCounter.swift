import Core
import Database

/// Counts the households of an area ranked before a key, for keys given in ranking order.
///
/// "Before (t, m, k, id)" is split into four index ranges of the ranking index (each a leading
/// equality and one bounded column, so SQLite walks exactly the entries it counts, where one
/// OR-ed condition would walk a whole score group per row): total below t; total t with more
/// members than m; total t, m members, a smaller No KK; the same No KK with a smaller id. The
/// first two parts are carried from key to key (the keys ascend), so after the first key only
/// the entries between consecutive keys' scores and member counts are walked again.
struct RankCounter {
    let area: RankingArea
    let scope: AreaScope
    let arguments: StatementArguments
    private var belowTotal: (total: Int, count: Int)?
    private var moreMembers: (total: Int, members: Int, count: Int)?

    /// The area's households per total (unfiltered), when known: "total below t" is then a sum.
    let areaTotals: [(total: Int, count: Int)]?

    init(_ filter: RankingFilter, scope: AreaScope, areaTotals: [(total: Int, count: Int)]? = nil) {
        area = filter.area
        self.scope = scope
        self.areaTotals = areaTotals
        arguments = RankingStore.base(filter, scope: scope)
    }

    private func count(_ condition: String, _ extra: StatementArguments, in db: Connection) throws -> Int {
        try db.scalar(
            Int.self,
            "SELECT count(*) FROM household_scores AS s WHERE \(RankingStore.inArea(area, scope: scope)) AND \(condition)",
            arguments + extra)
    }

    /// 1 + the households of the area before `key`.
    mutating func rank(of key: RankingKey, in db: Connection) throws -> Int {
        let below: Int
        if let known = belowTotal, known.total == key.total {
            below = known.count
        } else if let areaTotals {
            below = areaTotals.reduce(0) { $0 + ($1.total < key.total ? $1.count : 0) }
        } else if let known = belowTotal, known.total < key.total {
            below = try known.count + count("s.total >= ?5 AND s.total < ?6", [known.total, key.total], in: db)
        } else {
            below = try count("s.total < ?5", [key.total], in: db)
        }
        belowTotal = (key.total, below)

        let more: Int
        if let known = moreMembers, known.total == key.total, known.members == key.memberCount {
            more = known.count
        } else if let known = moreMembers, known.total == key.total, known.members > key.memberCount {
            more = try known.count + count(
                "s.total = ?5 AND s.member_count > ?6 AND s.member_count <= ?7", [key.total, key.memberCount, known.members],
                in: db)
        } else {
            more = try count("s.total = ?5 AND s.member_count > ?6", [key.total, key.memberCount], in: db)
        }
        moreMembers = (key.total, key.memberCount, more)

        let smallerNoKK = try count(
            "s.total = ?5 AND s.member_count = ?6 AND s.no_kk < ?7", [key.total, key.memberCount, key.noKK], in: db)
        let smallerID = try count(
            "s.total = ?5 AND s.member_count = ?6 AND s.no_kk = ?7 AND s.household_id < ?8",
            [key.total, key.memberCount, key.noKK, key.householdID], in: db)
        return 1 + below + more + smallerNoKK + smallerID
    }
}
