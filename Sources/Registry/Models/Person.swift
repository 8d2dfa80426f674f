package import Core
package import Foundation

/// A person (penduduk) of the register, always in exactly one household: the current one, or for
/// a person who died or moved away, the last one.
@dynamicMemberLookup
package struct Person: Sendable, Equatable, Identifiable {
    package let id: Int64
    /// What the person is (NIK, name, birth, relationship, …), checked as any new person is;
    /// `person.name` reads through to it. The NIK is shown only to roles with
    /// `Action.viewFullNIK`, masked elsewhere.
    package var details: ValidPerson
    package var status: PersonStatus
    /// When the person died or moved away; nil while alive and here.
    package var statusDate: CalendarDate?
    package var householdID: Int64
    package let createdAt: Date
    package var updatedAt: Date
    package var version: Int

    package init(
        id: Int64, details: ValidPerson, status: PersonStatus, statusDate: CalendarDate?, householdID: Int64,
        createdAt: Date, updatedAt: Date, version: Int
    ) {
        self.id = id
        self.details = details
        self.status = status
        self.statusDate = statusDate
        self.householdID = householdID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }

    package subscript<Value>(dynamicMember field: WritableKeyPath<ValidPerson, Value>) -> Value {
        get { details[keyPath: field] }
        set { details[keyPath: field] = newValue }
    }

    /// The NIK with its middle hidden.
    package var maskedNIK: String { IdentityNumberText.masked(details.nik) }
}
