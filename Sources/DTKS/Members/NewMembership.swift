package import Core

/// What a caller registers: a person by NIK with what the DTKS/DTSEN data says about them.
/// `name` and `noKK` are only needed for a NIK the register does not know; for a registered
/// person they are taken from the register.
package struct NewMembership: Sendable, Equatable {
    package var nik: String
    package var personID: Int64?
    package var householdID: Int64?
    /// Nil keeps the stored ID DTKS (a DTSEN desil file rarely carries one).
    package var idDTKS: String?
    /// Nil keeps the stored desil.
    package var desil: Int?
    package var since: CalendarDate
    package var source: MemberSource
    /// The batch, job or round it came with.
    package var sourceBatchID: Int64?
    package var name: String?
    package var noKK: String?

    package init(
        nik: String, personID: Int64? = nil, householdID: Int64? = nil, idDTKS: String?, desil: Int?,
        since: CalendarDate, source: MemberSource, sourceBatchID: Int64? = nil, name: String? = nil, noKK: String? = nil
    ) {
        self.nik = nik
        self.personID = personID
        self.householdID = householdID
        self.idDTKS = idDTKS
        self.desil = desil
        self.since = since
        self.source = source
        self.sourceBatchID = sourceBatchID
        self.name = name
        self.noKK = noKK
    }
}
