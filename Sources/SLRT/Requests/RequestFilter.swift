package import Foundation

/// What the request queue is narrowed to: a state, a letter type, an applicant (exact NIK or part
/// of the name), and "only overdue".
package struct RequestFilter: Sendable, Equatable {
    package var state: RequestState?
    package var letterType: LetterType?
    package var search: String
    /// One applicant's requests (the link from the person page).
    package var personID: Int64?
    /// Only requests past the step's standard time (`overdueSince` holds the thresholds).
    package var overdueOnly: Bool
    /// Per waiting state, the instant before which entering it means being past its standard now
    /// (`WorkingCalendar.instant(workingMinutes:before:)`); used when `overdueOnly`.
    package var overdueSince: [RequestState: Date] = [:]

    package init(
        state: RequestState? = nil, letterType: LetterType? = nil, search: String = "", personID: Int64? = nil,
        overdueOnly: Bool = false
    ) {
        self.personID = personID
        self.state = state
        self.letterType = letterType
        self.search = search
        self.overdueOnly = overdueOnly
    }
}
