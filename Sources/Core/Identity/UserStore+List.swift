package import Database

extension UserStore {
    /// One page of accounts matching `filter`, by username, and how many match in all.
    package static func list(
        _ filter: UserListFilter, paging: Paging, in db: Connection
    ) throws -> (users: [User], total: Int) {
        // A NULL parameter switches its condition off, so one prepared statement serves every filter.
        let condition = """
            (?1 IS NULL OR username LIKE ?1 ESCAPE '\\' OR full_name LIKE ?1 ESCAPE '\\')
            AND (?2 IS NULL OR role = ?2) AND (?3 IS NULL OR active = ?3)
            """
        let pattern: String? = filter.query.isEmpty ? nil : "%" + likeEscaped(filter.query) + "%"
        let arguments: StatementArguments = [pattern, filter.role?.rawValue, filter.active]
        let total = try db.scalar(Int.self, "SELECT count(*) FROM users WHERE \(condition)", arguments)
        let rows = try db.query(
            "SELECT \(selectColumns) FROM users WHERE \(condition) ORDER BY username LIMIT ?4 OFFSET ?5",
            arguments + [paging.limit, paging.offset])
        let ids: [Int64] = try rows.map { try $0.get(0) }
        let areasByUser = try areas(of: ids, in: db)
        let users = try rows.map { row in try user(row, areas: areasByUser[try row.get(0)] ?? []) }
        return (users, total)
    }

    /// `text` with LIKE's wildcards and the escape character escaped (https://sqlite.org/lang_expr.html#like).
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
