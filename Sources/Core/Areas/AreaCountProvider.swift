package import Database

/// Something a module counts per area for the area pages (households, persons, proposals…).
/// Core declares it; App registers each module's provider with the areas controller, so Core
/// never queries a later module's tables.
package protocol AreaCountProvider: Sendable {
    /// The columns this provider fills, in display order.
    var columns: [AreaCountColumn] { get }
    /// For each code, a count per column key, covering the area and everything below it.
    /// Codes or keys missing from the result count as zero.
    func counts(for codes: [String], in db: Connection) throws -> [String: [String: Int]]
}

/// One counted column: a key the provider uses, and the heading staff read.
package struct AreaCountColumn: Sendable, Equatable {
    package let key: String
    package let label: String

    package init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// The registered providers taken together: every column, and every value lined up with them.
package struct AreaCounts: Sendable {
    package let providers: [any AreaCountProvider]

    package init(_ providers: [any AreaCountProvider]) {
        self.providers = providers
    }

    /// Every provider's columns, in registration order.
    package var columns: [AreaCountColumn] { providers.flatMap(\.columns) }

    /// For each code, one value per column of `columns` (zero where a provider had none).
    package func values(for codes: [String], in db: Connection) throws -> [String: [Int]] {
        var result = Dictionary(uniqueKeysWithValues: codes.map { ($0, [Int]()) })
        for provider in providers {
            let counted = codes.isEmpty ? [:] : try provider.counts(for: codes, in: db)
            for code in codes {
                let row = counted[code] ?? [:]
                result[code, default: []] += provider.columns.map { row[$0.key] ?? 0 }
            }
        }
        return result
    }
}
