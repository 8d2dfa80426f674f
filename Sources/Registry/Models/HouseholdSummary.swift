/// One row of the household list: the household, its head and how many living members it has.
package struct HouseholdSummary: Sendable, Equatable {
    package let household: Household
    /// The living head's name, nil when the household has none now.
    package let headName: String?
    package let memberCount: Int
    /// The name of the household's desa.
    package let areaName: String
}
