package import Foundation

/// One stay of an item in one state: when it came, when it left, and the working time against the standard.
package struct StepTiming: Sendable, Equatable {
    package let state: String
    package let label: String
    package let enteredAt: Date
    /// Nil while the item is still there.
    package let leftAt: Date?
    /// Who moved it out, and how (empty while still there).
    package let leftBy: String
    package let leftThrough: String
    package let workingMinutes: Int
    package let standardMinutes: Int?

    /// Past the standard (for a finished stay: it took longer; for the current one: it is overdue now).
    package var isOverdue: Bool {
        guard let standardMinutes else { return false }
        return workingMinutes > standardMinutes
    }
}
