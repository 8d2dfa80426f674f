/// A connection's prepared statements, keyed by SQL text.
///
/// SQL is never built from input, so the set of texts is small; the capacity only guards against a
/// caller that builds variable SQL (say, `IN (?, ?, …)` lists of any length).
struct StatementCache {
    private var statements: [String: Statement] = [:]
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    var count: Int { statements.count }

    subscript(sql: String) -> Statement? { statements[sql] }

    mutating func insert(_ statement: Statement) {
        if statements.count >= capacity {
            statements = statements.filter { $0.value.isStepping }
        }
        statements[statement.sql] = statement
    }

    mutating func removeAll() {
        statements.removeAll()
    }
}
