package import Database

/// Maintenance of `registry_search`, the FTS5 index the triggers of 0100_registry.sql keep in
/// step with persons and households.
package enum RegistrySearchIndex {
    /// Rebuilds the index from `registry_search_source` (after a bulk load that dropped or
    /// bypassed the triggers): https://sqlite.org/fts5.html, "The 'rebuild' Command".
    package static func rebuild(in db: Connection) throws {
        try db.execute("INSERT INTO registry_search (registry_search) VALUES ('rebuild')")
    }

    /// Throws when the index does not match its content (fts5.html, "The 'integrity-check' Command").
    package static func check(in db: Connection) throws {
        try db.execute("INSERT INTO registry_search (registry_search) VALUES ('integrity-check')")
    }
}
