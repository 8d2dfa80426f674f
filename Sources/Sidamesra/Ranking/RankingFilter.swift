/// What a ranked list shows: the area the ranks are computed in, and optional filters that
/// narrow the rows without renumbering them (a household keeps its rank in the area).
package struct RankingFilter: Sendable, Hashable {
    package var area: RankingArea
    /// A category by name ("Sangat Miskin"): households whose current band has that name, in
    /// whichever indicator set version they were scored.
    package var bandName: String?
    /// An option of an indicator: households whose current answers chose it, or the option at
    /// the same position of the same indicator code in the set they were assessed under (the
    /// carry-over rule: answers are stored as observed and re-scores read them again).
    package var optionID: Int64?

    package init(area: RankingArea, bandName: String? = nil, optionID: Int64? = nil) {
        self.area = area
        self.bandName = bandName
        self.optionID = optionID
    }

    /// True when no filter narrows the area, so the rows' ranks are consecutive.
    package var isWholeArea: Bool { bandName == nil && optionID == nil }
}
