package import Database
import Foundation

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

    /// The areas below `code` down to `depth` levels, ordered by code (so each parent comes right
    /// before its children). `depth: 1` gives the children.
    package static func descendants(of code: String, depth: Int, in db: Connection) throws -> [Area] {
        guard let top = try find(code, in: db) else { return [] }
        let levels = AreaLevel.allCases.filter { $0 > top.level && $0.depth <= top.level.depth + depth }
        guard !levels.isEmpty else { return [] }
        // Codes below `code` sort between `code.` and `code/` ('/' follows '.' in ASCII), so this
        // range is a search on the primary key rather than a LIKE scan.
        let placeholders = Array(repeating: "?", count: levels.count).joined(separator: ", ")
        let arguments: StatementArguments = [code + ".", code + "/"] + levels.map(\.rawValue)
        return try db.query(
            "SELECT \(columns) FROM areas WHERE code > ? AND code < ? AND level IN (\(placeholders)) ORDER BY code",
            arguments
        ).map(area)
    }

    /// The areas with the given codes that exist, ordered by code.
    package static func areas(_ codes: [String], in db: Connection) throws -> [Area] {
        try codes.compactMap { try find($0, in: db) }.sorted { $0.code < $1.code }
    }

    /// Adds one area (`AreaImport` has checked it).
    package static func insert(_ area: Area, in db: Connection) throws {
        try db.execute(
            "INSERT INTO areas (code, name, level, parent_code) VALUES (?, ?, ?, ?)",
            [area.code, area.name, area.level.rawValue, area.parentCode])
    }

    /// Gives an existing area a new name.
    package static func rename(_ code: String, to name: String, in db: Connection) throws {
        try db.execute("UPDATE areas SET name = ? WHERE code = ?", [name, code])
    }

    /// How many areas lie directly below each of `codes` (codes without any are left out).
    package static func childCounts(of codes: [String], in db: Connection) throws -> [String: Int] {
        guard !codes.isEmpty else { return [:] }
        let list = String(decoding: try JSONEncoder().encode(codes), as: UTF8.self)
        var result: [String: Int] = [:]
        for row in try db.query(
            "SELECT parent_code, COUNT(*) FROM areas WHERE parent_code IN (SELECT value FROM json_each(?)) GROUP BY parent_code",
            [list])
        {
            result[try row.get(0)] = try row.get(1)
        }
        return result
    }
}
