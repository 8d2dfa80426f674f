package import Foundation

/// One version of the welfare indicators (IKS): its indicators with their options, and the
/// category bands its totals fall into. Assessments record the set they were scored with.
package struct IndicatorSet: Sendable, Equatable, Identifiable {
    package let id: Int64
    package var name: String
    /// The regulation the set rests on (Peraturan/Keputusan Bupati), free text.
    package var legalBasis: String
    /// The day the set takes effect, `YYYY-MM-DD`.
    package var effectiveDate: String
    package var status: IndicatorSetStatus
    /// True for the seeded example that must be replaced by the official table.
    package var isExample: Bool
    package var notes: String
    /// The set this one was copied from, if any.
    package var copiedFrom: Int64?
    package var createdAt: Date
    package var updatedAt: Date
    /// Optimistic lock: every saved change to the set, its indicators, options or bands adds one.
    package var version: Int
    /// In display order (position, then code).
    package var indicators: [Indicator]
    /// Ascending by score.
    package var bands: [CategoryBand]

    package init(
        id: Int64, name: String, legalBasis: String, effectiveDate: String, status: IndicatorSetStatus,
        isExample: Bool, notes: String, copiedFrom: Int64?, createdAt: Date, updatedAt: Date, version: Int,
        indicators: [Indicator], bands: [CategoryBand]
    ) {
        self.id = id
        self.name = name
        self.legalBasis = legalBasis
        self.effectiveDate = effectiveDate
        self.status = status
        self.isExample = isExample
        self.notes = notes
        self.copiedFrom = copiedFrom
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
        self.indicators = indicators
        self.bands = bands
    }

    /// The lowest and highest total a complete assessment can reach; nil when an indicator has no option.
    package var possibleTotals: ClosedRange<Int>? {
        var low = 0
        var high = 0
        for indicator in indicators {
            guard let least = indicator.options.map(\.points).min(), let most = indicator.options.map(\.points).max()
            else { return nil }
            low += least
            high += most
        }
        return low...high
    }

    /// The indicator with `code`, or nil.
    package func indicator(code: String) -> Indicator? { indicators.first { $0.code == code } }

    /// The indicator with `id`, or nil.
    package func indicator(id: Int64) -> Indicator? { indicators.first { $0.id == id } }

    /// The band containing `total`, or nil when no band does.
    package func band(for total: Int) -> CategoryBand? { bands.first { $0.contains(total) } }

    /// Themes in the order their first indicator appears, each with its indicators.
    package var themes: [(theme: String, indicators: [Indicator])] {
        var order: [String] = []
        var byTheme: [String: [Indicator]] = [:]
        for indicator in indicators {
            if byTheme[indicator.theme] == nil { order.append(indicator.theme) }
            byTheme[indicator.theme, default: []].append(indicator)
        }
        return order.map { ($0, byTheme[$0] ?? []) }
    }
}

/// Where a set is in its life: edited, in use, or replaced.
package enum IndicatorSetStatus: String, Sendable, CaseIterable {
    case draft, active, retired

    /// The word shown on badges.
    package var label: String {
        switch self {
        case .draft: "Draf"
        case .active: "Aktif"
        case .retired: "Tidak berlaku"
        }
    }
}
