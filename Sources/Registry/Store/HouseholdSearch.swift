import Foundation
package import Core
package import Database

/// The household list and its search: FTS5 over the names, NIKs and No KKs of the persons
/// (`registry_search`), limited to the user's scope and an optional area.
package enum HouseholdSearch {
    /// Words kept from a search, at most; more only slow the query down.
    static let maximumTerms = 8
    /// Shorter terms match whole words only: `a*` would touch a large part of a million names.
    static let minimumPrefixLength = 3

    /// A safe FTS5 query for what the user typed, or nil when nothing searchable is left. Every
    /// term becomes a quoted string, with a prefix star from three characters on (`"sit"*`), so
    /// no FTS5 syntax the user types (`OR`, `NEAR`, `col:`, quotes, `^`) reaches MATCH
    /// (https://sqlite.org/fts5.html, "Full-text Query Syntax"). A number typed in groups
    /// (`3402 0112 …`, `3402.01`) is one term. Terms are ANDed.
    package static func ftsQuery(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let terms: [String]
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCIIDigit || $0 == " " || $0 == "." || $0 == "-" }) {
            terms = [IdentityNumberText.normalized(trimmed)]
        } else {
            terms = trimmed.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
        let kept = terms.filter { !$0.isEmpty }.prefix(maximumTerms).map { term in
            let quoted = "\"" + String(term.prefix(40)) + "\""
            return term.count >= minimumPrefixLength ? quoted + "*" : quoted
        }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// The scope is tested on the few hundred rows of `areas` and the household rows are reached
    /// through `households_by_area` with `IN`: testing it on every household row instead took
    /// 400 ms for one kalurahan among 330,000 households, this takes 1 ms.
    static func inScope(parameter: Int) -> String {
        "h.area_code IN (SELECT a.code FROM areas AS a WHERE \(AreaScope.sqlCondition(column: "a.code", parameter: parameter)))"
    }

    /// One page of the households inside `scope` that match `filter`, newest first, and how many
    /// match in all.
    package static func list(
        _ filter: HouseholdFilter, scope: AreaScope, paging: Paging, in db: Connection
    ) throws -> (rows: [HouseholdSummary], total: Int) {
        let match = ftsQuery(filter.query)
        let area: AreaScope? = filter.areaCode.map { .areas([$0]) }
        // ?1 the search, ?2 the user's scope, ?3 the chosen area, ?4 the status.
        let searchCondition =
            match == nil
            ? "?1 IS NULL"
            : "h.id IN (SELECT p.household_id FROM persons AS p WHERE p.id IN (SELECT rowid FROM registry_search WHERE registry_search MATCH ?1))"
        let condition = """
            \(searchCondition)
            AND \(inScope(parameter: 2)) AND \(inScope(parameter: 3))
            AND (?4 IS NULL OR h.status = ?4)
            """
        let arguments: StatementArguments = [match, scope.sqlArgument, area?.sqlArgument ?? .null, filter.status?.rawValue]
        let total = try db.scalar(Int.self, "SELECT count(*) FROM households AS h WHERE \(condition)", arguments)
        let rows = try db.query(
            """
            SELECT \(RegistryRows.householdColumns),
                (SELECT name FROM persons WHERE household_id = h.id AND relationship = 'kepala' AND status = 'hidup'
                 ORDER BY id LIMIT 1),
                (SELECT count(*) FROM persons WHERE household_id = h.id AND status = 'hidup'),
                (SELECT name FROM areas WHERE code = h.area_code)
            FROM households AS h WHERE \(condition)
            ORDER BY h.id DESC LIMIT ?5 OFFSET ?6
            """,
            arguments + [paging.limit, paging.offset])
        let summaries = try rows.map { row in
            HouseholdSummary(
                household: try RegistryRows.household(row), headName: try row.get(14), memberCount: try row.get(15),
                areaName: try row.get(16, as: String?.self) ?? "")
        }
        return (summaries, total)
    }
}
