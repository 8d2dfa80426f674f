/// What a ranked list shows: the area the ranks are computed in, and optional filters that
/// narrow the rows without renumbering them (a household keeps its rank in the area).
package struct RankingFilter: Sendable, Equatable {
    package var area: RankingArea
    /// A category by name ("Sangat Miskin"): households whose current band has that name, in
    /// whichever indicator set version they were scored.
    package var bandName: String?
    /// An option of an indicator: households whose current assessment chose it. Options belong
    /// to one set version, so this finds households scored under that version.
    package var optionID: Int64?

    package init(area: RankingArea, bandName: String? = nil, optionID: Int64? = nil) {
        self.area = area
        self.bandName = bandName
        self.optionID = optionID
    }

    /// True when no filter narrows the area, so the rows' ranks are consecutive.
    package var isWholeArea: Bool { bandName == nil && optionID == nil }
}
