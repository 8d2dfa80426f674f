import Database

/// One row of the `fortune` table.
struct Fortune: Sendable {
    var id: Int
    var message: String
}

/// Reads the fortune table; creates and fills it at start-up when it is missing.
struct FortuneStore: Sendable {
    private let pool: DatabasePool

    init(path: String, seed: String) throws {
        pool = try DatabasePool(path: path)
        // Benchmarks/fortunes.sql is idempotent (CREATE TABLE IF NOT EXISTS, INSERT OR IGNORE).
        try pool.write { db in try db.execute(seed) }
    }

    func all() throws -> [Fortune] {
        try pool.read { db in
            try db.query("SELECT id, message FROM fortune") { row in
                Fortune(id: try row.int(0), message: try row.string(1))
            }
        }
    }
}
