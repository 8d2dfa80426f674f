package import Database
import Foundation

/// Reads `audit_log` for the audit browser. Every value is bound; the WHERE clause is made only
/// of fixed conditions chosen by which filters are set (so SQLite can use the matching index),
/// and the ORDER BY fragment comes from `TableSort`'s whitelist.
package enum AuditStore {
    /// The ways the browser sorts; time is the default, newest first. Ties break on id, the
    /// order rows were written in.
    package enum Sort {
        /// By time (`sort=waktu`), newest first unless asked otherwise.
        package static let time = SortKey(
            "waktu", ascending: "at, id", descending: "at DESC, id DESC", firstDirection: .descending)
        /// By the acting username (`sort=pengguna`).
        package static let user = SortKey(
            "pengguna", ascending: "username, id", descending: "username DESC, id DESC")
        /// By action (`sort=aksi`).
        package static let action = SortKey("aksi", ascending: "action, id", descending: "action DESC, id DESC")
        /// By entity and its id (`sort=entitas`).
        package static let entity = SortKey(
            "entitas", ascending: "entity, entity_id, id", descending: "entity DESC, entity_id DESC, id DESC")
    }

    /// One page of rows matching `filter` in the order `sort` stands for, and how many match.
    package static func list(
        _ filter: AuditFilter, sort: TableSort, paging: Paging, in db: Connection
    ) throws -> (records: [AuditRecord], total: Int) {
        let (condition, arguments) = whereClause(filter)
        let total = try db.scalar(Int.self, "SELECT count(*) FROM audit_log\(condition)", arguments)
        let records = try db.query(
            AuditRecord.self,
            "SELECT \(AuditRecord.columns) FROM audit_log\(condition) ORDER BY \(sort.orderBy) LIMIT ? OFFSET ?",
            arguments + [paging.limit, paging.offset])
        return (records, total)
    }

    /// The row with `id`, or nil.
    package static func find(_ id: Int64, in db: Connection) throws -> AuditRecord? {
        try db.queryOne(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log WHERE id = ?", [id])
    }

    /// Every action name in the log, sorted.
    package static func actions(in db: Connection) throws -> [String] {
        try db.query(distinctSQL(column: "action")).map { try $0.get(0) }
    }

    /// Every entity name in the log, sorted.
    package static func entities(in db: Connection) throws -> [String] {
        try db.query(distinctSQL(column: "entity")).map { try $0.get(0) }
    }

    /// The distinct values of an indexed column by hopping from one value to the next through
    /// the index (a "loose index scan", https://sqlite.org/lang_with.html#recursive_common_table_expressions),
    /// so the cost follows the number of values, not of rows.
    private static func distinctSQL(column: StaticString) -> String {
        """
        WITH RECURSIVE v(x) AS (
            SELECT min(\(column)) FROM audit_log
            UNION ALL
            SELECT (SELECT min(\(column)) FROM audit_log WHERE \(column) > v.x) FROM v WHERE v.x IS NOT NULL
        )
        SELECT x FROM v WHERE x IS NOT NULL
        """
    }

    private static func whereClause(_ filter: AuditFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let userID = filter.userID {
            conditions.append("user_id = ?")
            arguments.append(userID)
        }
        if let entity = filter.entity {
            conditions.append("entity = ?")
            arguments.append(entity)
        }
        if let entityID = filter.entityID {
            conditions.append("entity_id = ?")
            arguments.append(entityID)
        }
        if let action = filter.action {
            conditions.append("action = ?")
            arguments.append(action)
        }
        if let from = filter.from {
            conditions.append("at >= ?")
            arguments.append(ISO8601Timestamp.format(from))
        }
        if let before = filter.before {
            conditions.append("at < ?")
            arguments.append(ISO8601Timestamp.format(before))
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
