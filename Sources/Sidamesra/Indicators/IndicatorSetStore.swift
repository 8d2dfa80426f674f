package import Database
import Foundation

/// The SQL of indicator sets (`indicator_sets`, `indicators`, `indicator_options`,
/// `category_bands`). Each method runs inside the caller's transaction; the service decides
/// what is allowed.
package enum IndicatorSetStore {
    private static let setColumns = """
        id, name, legal_basis, effective_date, status, is_example, notes, copied_from, created_at, updated_at, version
        """

    /// Every set, newest first, without indicators.
    package static func summaries(in db: Connection) throws -> [IndicatorSetSummary] {
        try db.query(
            """
            SELECT s.id, s.name, s.legal_basis, s.effective_date, s.status, s.is_example, s.copied_from,
                   (SELECT count(*) FROM indicators AS i WHERE i.set_id = s.id), s.updated_at, s.version
            FROM indicator_sets AS s ORDER BY s.id DESC
            """
        ).map { row in
            IndicatorSetSummary(
                id: try row.get(0), name: try row.get(1), legalBasis: try row.get(2), effectiveDate: try row.get(3),
                status: try status(row, 4), isExample: try row.get(5),
                copiedFrom: row[6] == .null ? nil : try row.get(6), indicatorCount: try row.get(7),
                updatedAt: try date(row, 8), version: try row.get(9))
        }
    }

    /// The set with `id`, with its indicators, options and bands, or nil.
    package static func find(_ id: Int64, in db: Connection) throws -> IndicatorSet? {
        guard let row = try db.queryOne("SELECT \(setColumns) FROM indicator_sets WHERE id = ?", [id]) else {
            return nil
        }
        return try load(row, in: db)
    }

    /// The active set, or nil when none is active.
    package static func active(in db: Connection) throws -> IndicatorSet? {
        guard let row = try db.queryOne("SELECT \(setColumns) FROM indicator_sets WHERE status = 'active'") else {
            return nil
        }
        return try load(row, in: db)
    }

    /// The id of the active set, or nil.
    package static func activeID(in db: Connection) throws -> Int64? {
        try db.scalar(Int64?.self, "SELECT id FROM indicator_sets WHERE status = 'active'")
    }

    private static func load(_ row: Row, in db: Connection) throws -> IndicatorSet {
        let id: Int64 = try row.get(0)
        var options: [Int64: [IndicatorOption]] = [:]
        try db.forEach(
            """
            SELECT o.id, o.indicator_id, o.label, o.points, o.position
            FROM indicator_options AS o JOIN indicators AS i ON i.id = o.indicator_id
            WHERE i.set_id = ? ORDER BY o.indicator_id, o.position, o.id
            """, [id]
        ) { row in
            let option = IndicatorOption(
                id: try row.get(0), indicatorID: try row.get(1), label: try row.get(2), points: try row.get(3),
                position: try row.get(4))
            options[option.indicatorID, default: []].append(option)
        }
        let indicators = try db.query(
            """
            SELECT id, set_id, code, theme, question, position, help_text FROM indicators
            WHERE set_id = ? ORDER BY position, code
            """, [id]
        ).map { row in
            let indicatorID: Int64 = try row.get(0)
            return Indicator(
                id: indicatorID, setID: try row.get(1), code: try row.get(2), theme: try row.get(3),
                question: try row.get(4), position: try row.get(5), helpText: try row.get(6),
                options: options[indicatorID] ?? [])
        }
        let bands = try db.query(
            """
            SELECT id, set_id, name, min_score, max_score, colour, position FROM category_bands
            WHERE set_id = ? ORDER BY min_score, position, id
            """, [id]
        ).map { row in
            CategoryBand(
                id: try row.get(0), setID: try row.get(1), name: try row.get(2), minScore: try row.get(3),
                maxScore: try row.get(4), colour: try row.get(5), position: try row.get(6))
        }
        return IndicatorSet(
            id: id, name: try row.get(1), legalBasis: try row.get(2), effectiveDate: try row.get(3),
            status: try status(row, 4), isExample: try row.get(5), notes: try row.get(6),
            copiedFrom: row[7] == .null ? nil : try row.get(7), createdAt: try date(row, 8),
            updatedAt: try date(row, 9), version: try row.get(10), indicators: indicators, bands: bands)
    }

    private static func status(_ row: Row, _ index: Int) throws -> IndicatorSetStatus {
        let text: String = try row.get(index)
        guard let status = IndicatorSetStatus(rawValue: text) else {
            throw DatabaseError(code: .mismatch, message: "indicator_sets.status holds an unknown status '\(text)'")
        }
        return status
    }

    private static func date(_ row: Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "indicator_sets holds a malformed timestamp '\(text)'")
        }
        return date
    }
}
