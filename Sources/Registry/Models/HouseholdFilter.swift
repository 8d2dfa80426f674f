/// What the household list is narrowed to: a search, an area inside the user's scope, a status.
package struct HouseholdFilter: Sendable, Equatable {
    /// A name, NIK or No KK (or their beginnings) as the user typed it; empty for all.
    package var query: String
    /// A kecamatan or desa code; nil for the whole scope.
    package var areaCode: String?
    /// Nil for every status.
    package var status: HouseholdStatus?

    package init(query: String = "", areaCode: String? = nil, status: HouseholdStatus? = nil) {
        self.query = query
        self.areaCode = areaCode
        self.status = status
    }
}
