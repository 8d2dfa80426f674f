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
        try pool.write { db in try db.executeScript(seed) }
    }

    func all() throws -> [Fortune] {
        try pool.read { db in
            var fortunes: [Fortune] = []
            try db.forEach("SELECT id, message FROM fortune") { row in
                fortunes.append(Fortune(id: try row.get(0), message: try row.get(1)))
            }
            return fortunes
        }
    }
}
