package import Core

/// A household's current assessment as other modules see it: total, category and version.
package struct CurrentScore: Sendable, Equatable {
    package let householdID: Int64
    package let assessmentID: Int64
    package let total: Int
    package let bandName: String
    /// The band's colour token (`CategoryBand.colours`).
    package let bandColour: String
    package let setID: Int64
    package let setName: String
    package let assessedOn: CalendarDate
    /// False when a newer indicator set is active and this score has not been re-scored yet.
    package let isUnderActiveSet: Bool

    /// "total 57 · Miskin".
    package var shortText: String { "total \(total) · \(bandName)" }
}
