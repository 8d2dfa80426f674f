package import Database
package import Foundation

extension IndicatorSetStore {
    /// Inserts a set at version 1 and returns its id.
    package static func insertSet(
        name: String, legalBasis: String, effectiveDate: String, status: IndicatorSetStatus, isExample: Bool,
        notes: String, copiedFrom: Int64?, at date: Date, in db: Connection
    ) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO indicator_sets (name, legal_basis, effective_date, status, is_example, notes, copied_from,
                                        created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """,
            [name, legalBasis, effectiveDate, status.rawValue, isExample, notes, copiedFrom, now, now])
        return db.lastInsertRowID
    }

    /// Inserts an indicator of `setID` and returns its id.
    package static func insertIndicator(
        setID: Int64, code: String, theme: String, question: String, position: Int, helpText: String,
        in db: Connection
    ) throws -> Int64 {
        try db.execute(
            "INSERT INTO indicators (set_id, code, theme, question, position, help_text) VALUES (?, ?, ?, ?, ?, ?)",
            [setID, code, theme, question, position, helpText])
        return db.lastInsertRowID
    }

    /// Inserts an option of `indicatorID` and returns its id.
    package static func insertOption(
        indicatorID: Int64, label: String, points: Int, position: Int, in db: Connection
    ) throws -> Int64 {
        try db.execute(
            "INSERT INTO indicator_options (indicator_id, label, points, position) VALUES (?, ?, ?, ?)",
            [indicatorID, label, points, position])
        return db.lastInsertRowID
    }

    /// Inserts a band of `setID` and returns its id.
    package static func insertBand(
        setID: Int64, name: String, minScore: Int, maxScore: Int, colour: String, position: Int, in db: Connection
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO category_bands (set_id, name, min_score, max_score, colour, position)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [setID, name, minScore, maxScore, colour, position])
        return db.lastInsertRowID
    }

    /// Adds one to the set's version if it is still `expectedVersion`; false when someone saved
    /// first. Every edit of a set or its parts goes through here, so one version guards them all.
    package static func claimVersion(_ id: Int64, expectedVersion: Int, at date: Date, in db: Connection) throws -> Bool {
        try db.execute(
            "UPDATE indicator_sets SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            [ISO8601Timestamp.format(date), id, expectedVersion])
        return db.changes == 1
    }

    /// Saves the set's descriptive fields.
    package static func updateMetadata(
        _ id: Int64, name: String, legalBasis: String, effectiveDate: String, notes: String, isExample: Bool,
        in db: Connection
    ) throws {
        try db.execute(
            """
            UPDATE indicator_sets SET name = ?, legal_basis = ?, effective_date = ?, notes = ?, is_example = ?
            WHERE id = ?
            """,
            [name, legalBasis, effectiveDate, notes, isExample, id])
    }

    /// Saves an indicator's wording, theme and order.
    package static func updateIndicator(
        _ id: Int64, theme: String, question: String, helpText: String, position: Int, in db: Connection
    ) throws {
        try db.execute(
            "UPDATE indicators SET theme = ?, question = ?, help_text = ?, position = ? WHERE id = ?",
            [theme, question, helpText, position, id])
    }

    /// Saves an option's label and points.
    package static func updateOption(_ id: Int64, label: String, points: Int, in db: Connection) throws {
        try db.execute("UPDATE indicator_options SET label = ?, points = ? WHERE id = ?", [label, points, id])
    }

    /// Saves a band's name, range, colour and order.
    package static func updateBand(
        _ id: Int64, name: String, minScore: Int, maxScore: Int, colour: String, position: Int, in db: Connection
    ) throws {
        try db.execute(
            """
            UPDATE category_bands SET name = ?, min_score = ?, max_score = ?, colour = ?, position = ? WHERE id = ?
            """,
            [name, minScore, maxScore, colour, position, id])
    }

    /// Moves a set to `status`, adding one to its version.
    package static func setStatus(_ id: Int64, _ status: IndicatorSetStatus, at date: Date, in db: Connection) throws {
        try db.execute(
            "UPDATE indicator_sets SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            [status.rawValue, ISO8601Timestamp.format(date), id])
    }
}
