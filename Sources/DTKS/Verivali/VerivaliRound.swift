package import Core

/// One verivali round as stored.
package struct VerivaliRound: Sendable, Equatable, Identifiable {
    package enum Status: String, Sendable {
        case open = "terbuka"
        case closed = "ditutup"

        /// The name shown to users.
        package var label: String { self == .open ? "Terbuka" : "Ditutup" }
    }

    package let id: Int64
    package let name: String
    package let openedOn: CalendarDate
    package let status: Status
    package let closedOn: CalendarDate?
    /// The desa it covers, by code.
    package let areaCodes: [String]
    package let version: Int
}

/// One household of a round with its recorded result.
package struct VerivaliEntry: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let roundID: Int64
    package let householdID: Int64
    package let areaCode: String
    package let noKK: String
    /// The living head's name, or "" when none.
    package let headName: String
    /// Active registrations of the household now.
    package let registeredCount: Int
    package let result: VerivaliResult?
    package let note: String
    package let visitedOn: CalendarDate?
    package let applied: Bool
    package let version: Int
}

/// The count of one kalurahan in a round's report.
package struct VerivaliAreaSummary: Sendable, Equatable {
    package let areaCode: String
    package let areaName: String
    package let households: Int
    /// Households per result code (index 0 = code 1).
    package let counts: [Int]
    package let unrecorded: Int
}
