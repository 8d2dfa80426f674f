import Core
import Database

/// The rows of one export, pulled one at a time by the stream that sends the file. They are read
/// in pieces of `RankingExport.chunkSize`, each in its own short read transaction continuing
/// after the last row of the previous piece (keyset, never OFFSET), so a slow client never holds
/// a reader connection and memory stays at one piece. Rows written meanwhile may appear in a
/// later piece; each piece's ranks are counted against the database as it is then.
/// Not thread-safe: the connection pulls from one thread at a time (`ResponseStream`).
final class RankingRowSource {
    private let pool: DatabasePool
    private let filter: RankingFilter
    private let scope: AreaScope
    private let areaCount: Int
    private var cursor: RankingCursor?
    private var buffer: [RankedHousehold] = []
    private var position = 0
    private var exhausted = false

    init(pool: DatabasePool, filter: RankingFilter, scope: AreaScope, areaCount: Int) {
        self.pool = pool
        self.filter = filter
        self.scope = scope
        self.areaCount = areaCount
    }

    /// The next row, or nil after the last.
    func next() throws -> RankedHousehold? {
        if position == buffer.count {
            guard !exhausted else { return nil }
            let after = cursor
            buffer = try pool.read { db in
                try RankingStore.rows(
                    filter, scope: scope, after: after, limit: RankingExport.chunkSize, areaCount: areaCount, in: db)
            }
            position = 0
            exhausted = buffer.count < RankingExport.chunkSize
            guard let last = buffer.last else { return nil }
            cursor = RankingCursor(after: last)
        }
        defer { position += 1 }
        return buffer[position]
    }
}
