package import Database

/// Loads the signed-in user for each request: the active `users` row and its `user_areas`.
package enum SignedInUserStore {
    /// The active user `id` with the area scope of their role, or nil when the account is missing,
    /// deactivated, or holds a role this build does not know.
    package static func user(id: Int64, in db: Connection) throws -> CurrentUser? {
        guard
            let row = try db.queryOne(
                "SELECT username, full_name, role FROM users WHERE id = ? AND active = 1", [id]),
            let role = Role(rawValue: try row.get(2))
        else { return nil }
        let scope: AreaScope
        if role.isAreaBound {
            let codes = try db.query("SELECT area_code FROM user_areas WHERE user_id = ? ORDER BY area_code", [id])
                .map { row in try row.get(0, as: String.self) }
            scope = .areas(codes)
        } else {
            scope = .everywhere
        }
        return CurrentUser(id: id, username: try row.get(0), fullName: try row.get(1), role: role, scope: scope)
    }
}
