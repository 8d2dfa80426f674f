extension Connection {
    /// Runs one statement with bound `arguments`, ignoring any rows.
    package func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try prepare(sql).execute(arguments)
    }

    /// Every row of a query.
    package func query(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try prepare(sql).query(arguments)
    }

    /// Every row of a query, decoded as `T`.
    package func query<T: RowDecodable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> [T] {
        try prepare(sql).query(T.self, arguments)
    }

    /// The first row of a query, or `nil`.
    package func queryOne(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
        try prepare(sql).queryOne(arguments)
    }

    /// The first row of a query decoded as `T`, or `nil`.
    package func queryOne<T: RowDecodable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        try prepare(sql).queryOne(arguments).map { try T(row: $0) }
    }

    /// The first column of the first row as `T`; no row reads as NULL (so `Int?` gives `nil`,
    /// `Int` throws).
    package func scalar<T: DatabaseValueConvertible>(
        _ type: T.Type, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> T {
        try prepare(sql).scalar(T.self, arguments)
    }

    /// Streams the rows of a query into `body` one at a time, for exports too big to collect.
    package func forEach(_ sql: String, _ arguments: StatementArguments = [], _ body: (Row) throws -> Void) throws {
        try prepare(sql).forEach(arguments, body)
    }

    /// Streams the rows of a query decoded as `T` into `body` one at a time.
    package func forEach<T: RowDecodable>(
        _ type: T.Type, _ sql: String, _ arguments: StatementArguments = [], _ body: (T) throws -> Void
    ) throws {
        try prepare(sql).forEach(arguments) { try body(T(row: $0)) }
    }
}
