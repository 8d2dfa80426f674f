/// A checked DTSEN file: the report and, per valid row, the registrations to write.
package struct DtsenImportPlan: Sendable {
    /// One valid row and the persons it registers (one for a NIK row, the living members of the
    /// household for a No KK row).
    package struct Entry: Sendable {
        package let line: Int
        package let memberships: [NewMembership]
    }

    package var report: DtsenImportReport
    package var entries: [Entry]
}
