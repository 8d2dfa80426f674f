package import Database

/// Which state of `household_scores` a database is in (migration 0205): its token and a counter
/// that every insert, delete and ranking-relevant update bumps in the same transaction.
package struct RankingGeneration: Sendable, Hashable {
    let token: String
    let value: Int64

    /// The triggers that keep the counter, for loads that set them aside and `bump` once.
    package static let triggers = ["ranking_generation_on_insert", "ranking_generation_on_delete", "ranking_generation_on_update"]

    /// The database's current generation.
    package static func current(in db: Connection) throws -> RankingGeneration {
        guard let row = try db.queryOne("SELECT token, value FROM ranking_generation WHERE id = 1") else {
            throw DatabaseError(code: .mismatch, message: "ranking_generation has no row (migration 0205)")
        }
        return RankingGeneration(token: try row.get(0), value: try row.get(1))
    }

    /// Marks the scores changed, for a write made with the triggers set aside.
    package static func bump(in db: Connection) throws {
        try db.execute("UPDATE ranking_generation SET value = value + 1 WHERE id = 1")
    }
}
