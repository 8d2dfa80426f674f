/// A type built from a result row: `db.query(Person.self, sql, arguments)`.
///
/// Write `init(row:)` by position for hot paths (`id = try row.get(0)`), or conform a `Decodable`
/// type and get it for free: properties are matched to columns by name (`householdId` ↔
/// `household_id`), optional properties are `nil` for a missing column or NULL.
package protocol RowDecodable {
    /// Builds a value from one row.
    init(row: Row) throws
}

extension RowDecodable where Self: Decodable {
    /// Decodes through the row's column names.
    package init(row: Row) throws {
        try self.init(from: RowDecoder(row: row))
    }
}
