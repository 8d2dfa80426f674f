package import Database

/// Reads the area tree. Writes happen only in migrations and `AreaImport`.
package enum AreaStore {
    private static let columns = "code, name, level, parent_code"

    private static func area(_ row: Row) throws -> Area {
        let levelText: String = try row.get(2)
        let parent: String? = row[3] == .null ? nil : try row.get(3)
        return Area(code: try row.get(0), name: try row.get(1), level: AreaLevel(rawValue: levelText) ?? .desa, parentCode: parent)
    }

    /// The area with `code`, or nil.
    package static func find(_ code: String, in db: Connection) throws -> Area? {
        try db.queryOne("SELECT \(columns) FROM areas WHERE code = ?", [code]).map(area)
    }

    /// The areas directly below `code`, by name.
    package static func children(of code: String, in db: Connection) throws -> [Area] {
        try db.query("SELECT \(columns) FROM areas WHERE parent_code = ? ORDER BY name", [code]).map(area)
    }

    /// Every area of one level, by name (pickers: all desa, all kecamatan).
    package static func all(level: AreaLevel, in db: Connection) throws -> [Area] {
        try db.query("SELECT \(columns) FROM areas WHERE level = ? ORDER BY name", [level.rawValue]).map(area)
    }

    /// `code` and its ancestors, top first (breadcrumbs).
    package static func path(to code: String, in db: Connection) throws -> [Area] {
        var result: [Area] = []
        var next: String? = code
        while let current = next, let found = try find(current, in: db), result.count < 8 {
            result.insert(found, at: 0)
            next = found.parentCode
        }
        return result
    }

    /// The top areas of the deployment (those without a parent inside it): normally the kabupaten.
    package static func roots(in db: Connection) throws -> [Area] {
        try db.query(
            "SELECT \(columns) FROM areas WHERE level = 'kabupaten' ORDER BY code").map(area)
    }
}
