package import Foundation

/// A set as the list of versions shows it, without its indicators.
package struct IndicatorSetSummary: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let name: String
    package let legalBasis: String
    package let effectiveDate: String
    package let status: IndicatorSetStatus
    package let isExample: Bool
    package let copiedFrom: Int64?
    package let indicatorCount: Int
    package let updatedAt: Date
    package let version: Int
}
