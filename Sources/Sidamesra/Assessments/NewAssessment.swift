package import Core

/// One scored assessment about to be stored: what `AssessmentStore.record` writes.
package struct NewAssessment: Sendable {
    package let householdID: Int64
    package let result: ScoreResult
    package let assessedOn: CalendarDate
    /// Nil for the command line.
    package let assessedBy: Int64?
    package let source: AssessmentSource
    package let rescoredFrom: Int64?
    /// Living members on the day, the ranking's second key.
    package let memberCount: Int
    package let note: String

    package init(
        householdID: Int64, result: ScoreResult, assessedOn: CalendarDate, assessedBy: Int64?,
        source: AssessmentSource, rescoredFrom: Int64? = nil, memberCount: Int, note: String = ""
    ) {
        self.householdID = householdID
        self.result = result
        self.assessedOn = assessedOn
        self.assessedBy = assessedBy
        self.source = source
        self.rescoredFrom = rescoredFrom
        self.memberCount = memberCount
        self.note = note
    }
}
