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

    /// The list counts matches up to this many and then says "more than": an exact count over
    /// 330,000 households took seconds per request. Pages are clamped to these rows, so no request
    /// walks a large OFFSET; further than that the user narrows the search instead.
    package static let countLimit = 1000

    /// The search condition on `h` for `?1`: an exact 16-digit NIK or No KK goes to the
    /// indexes on `persons.nik` (unique) and `households.no_kk`, anything else to the FTS index.
    static func searchCondition(exactNumber: Bool, searched: Bool) -> String {
        if exactNumber {
            return """
                h.id IN (SELECT p.household_id FROM persons AS p WHERE p.nik = ?1
                         UNION ALL SELECT k.id FROM households AS k WHERE k.no_kk = ?1)
                """
        }
        guard searched else { return "?1 IS NULL" }
        return """
            h.id IN (SELECT p.household_id FROM persons AS p WHERE p.id IN (
                SELECT rowid FROM registry_search WHERE registry_search MATCH ?1 ORDER BY rowid DESC LIMIT \(matchLimit)))
            """
    }

    /// Persons a name search takes from the FTS index, newest first. A common prefix (`pra*`)
    /// matches ~50,000 persons of 1 million; looking every one up took 0.1 s per request, to show
    /// 1,000 households at most (`countLimit`). FTS5 yields rowids in descending order without
    /// sorting (https://sqlite.org/fts5.html, "ORDER BY rowid DESC"), so this stops after the
    /// newest `matchLimit`: five times `countLimit`, so that even with every member of a household
    /// matching (a No KK prefix: 3.1 members on average) more than `countLimit` households remain
    /// and the list says "more than 1,000"; 10,000 cost four times as much. The newest persons
    /// belong, but for members moved since, to the newest households, which the list shows first.
    package static let matchLimit = 5 * (countLimit + 1)

    /// The 16 digits of `text` when it is a whole NIK or No KK (spaces, dots and dashes between
    /// digit groups allowed), else nil.
    package static func exactIdentityNumber(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCIIDigit || $0 == " " || $0 == "." || $0 == "-" }) else {
            return nil
        }
        let digits = IdentityNumberText.normalized(trimmed)
        return digits.count == IdentityNumberText.length && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
    }

    /// One page of the households inside `scope` that match `filter`, newest first, and how many
    /// match, counted up to `limit + 1` (a total above `limit` means "more than that").
    package static func list(
        _ filter: HouseholdFilter, scope: AreaScope, paging: Paging, countingUpTo limit: Int = countLimit, in db: Connection
    ) throws -> (rows: [HouseholdSummary], total: Int) {
        (try page(filter, scope: scope, paging: paging, in: db), try count(filter, scope: scope, upTo: limit, in: db))
    }

    /// How many households inside `scope` match `filter`, counted up to `limit + 1` only.
    package static func count(
        _ filter: HouseholdFilter, scope: AreaScope, upTo limit: Int = countLimit, in db: Connection
    ) throws -> Int {
        let (condition, arguments) = sqlCondition(filter, scope: scope)
        return try db.scalar(
            Int.self, "SELECT count(*) FROM (SELECT 1 FROM households AS h WHERE \(condition) LIMIT ?5)",
            arguments + [limit + 1])
    }

    /// The households inside `scope` that match `filter` on page `paging`, newest first.
    package static func page(
        _ filter: HouseholdFilter, scope: AreaScope, paging: Paging, in db: Connection
    ) throws -> [HouseholdSummary] {
        let (condition, arguments) = sqlCondition(filter, scope: scope)
        // Everywhere, walking the rowid newest first finds a page at once. Inside a scope, that walk
        // would pass ~75 other desa's rows per row kept (50 ms for page 40 of one desa); the unary
        // `+` keeps the planner from using the rowid order (https://sqlite.org/optoverview.html,
        // unary "+"), so the rows come from households_by_area and only the scope's rows are sorted.
        let order = if case .everywhere = scope, filter.areaCode == nil { "h.id DESC" } else { "+h.id DESC" }
        // The page's ids first, then the head, member count and area name for those rows only.
        let rows = try db.query(
            """
            WITH page (id) AS (SELECT h.id FROM households AS h WHERE \(condition) ORDER BY \(order) LIMIT ?5 OFFSET ?6)
            SELECT \(RegistryRows.householdColumns),
                (SELECT name FROM persons WHERE household_id = h.id AND relationship = 'kepala' AND status = 'hidup'
                 ORDER BY id LIMIT 1),
                (SELECT count(*) FROM persons WHERE household_id = h.id AND status = 'hidup'),
                (SELECT name FROM areas WHERE code = h.area_code)
            FROM page JOIN households AS h ON h.id = page.id
            ORDER BY h.id DESC
            """,
            arguments + [paging.limit, paging.offset])
        return try rows.map { row in
            HouseholdSummary(
                household: try RegistryRows.household(row), headName: try row.get(14), memberCount: try row.get(15),
                areaName: try row.get(16, as: String?.self) ?? "")
        }
    }

    /// The WHERE condition on `h` and its arguments ?1 the search, ?2 the user's scope, ?3 the
    /// chosen area, ?4 the status.
    private static func sqlCondition(_ filter: HouseholdFilter, scope: AreaScope) -> (String, StatementArguments) {
        let exact = exactIdentityNumber(filter.query)
        let match = exact ?? ftsQuery(filter.query)
        let area: AreaScope? = filter.areaCode.map { .areas([$0]) }
        let condition = """
            \(searchCondition(exactNumber: exact != nil, searched: match != nil))
            AND \(inScope(parameter: 2)) AND \(inScope(parameter: 3))
            AND (?4 IS NULL OR h.status = ?4)
            """
        return (condition, [match, scope.sqlArgument, area?.sqlArgument ?? .null, filter.status?.rawValue])
    }
}
