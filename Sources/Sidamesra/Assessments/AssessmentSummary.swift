package import Core

/// One assessment as the history lists it.
package struct AssessmentSummary: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let householdID: Int64
    package let assessedOn: CalendarDate
    package let setID: Int64
    package let setName: String
    package let total: Int
    package let bandName: String
    /// The band's colour token (`CategoryBand.colours`).
    package let bandColour: String
    package let source: AssessmentSource
    /// The full name of who assessed; nil for the command line.
    package let assessedByName: String?
    /// For a re-score: the assessment whose answers were carried over.
    package let rescoredFrom: Int64?
    package let memberCount: Int
    package let note: String
}

/// One assessment with every answer, in the set's indicator order.
package struct AssessmentDetail: Sendable, Equatable {
    /// One indicator's answer with the question it answered and the points it scored.
    package struct Line: Sendable, Equatable {
        package let code: String
        package let theme: String
        package let question: String
        package let optionID: Int64
        package let optionLabel: String
        package let points: Int
    }

    package let summary: AssessmentSummary
    package let lines: [Line]

    /// The answers as chosen options, by indicator code (the form's prefill).
    package var optionIDs: [String: Int64] {
        Dictionary(lines.map { ($0.code, $0.optionID) }, uniquingKeysWith: { first, _ in first })
    }
}
