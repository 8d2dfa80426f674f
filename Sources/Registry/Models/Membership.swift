package import Foundation

/// One stay of a person in a household; the row without `endedAt` is the current one.
package struct Membership: Sendable, Equatable {
    package let id: Int64
    package let personID: Int64
    package let householdID: Int64
    package let relationship: Relationship
    package let startedAt: Date
    package let endedAt: Date?
    package let startReason: String
    package let endReason: String

    package init(
        id: Int64, personID: Int64, householdID: Int64, relationship: Relationship, startedAt: Date, endedAt: Date?,
        startReason: String, endReason: String
    ) {
        self.id = id
        self.personID = personID
        self.householdID = householdID
        self.relationship = relationship
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.startReason = startReason
        self.endReason = endReason
    }
}
