package import Core
package import Registry

/// The outcome of checking a file: the report, and the valid new households ready to write.
package struct HouseholdImportPlan: Sendable {
    /// One valid, new household: its card, its checked members and its scored answers.
    package struct NewHousehold: Sendable {
        /// The row of the head.
        package let line: Int
        package let household: HouseholdInput
        /// The head first, then the others in file order.
        package let persons: [ValidPerson]
        /// Nil when the file gave no answers for it.
        package let assessment: (result: ScoreResult, assessedOn: CalendarDate)?
    }

    package var report: HouseholdImportReport
    package var households: [NewHousehold]
}
