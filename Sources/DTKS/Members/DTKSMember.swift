package import Core
package import Foundation

/// One registration of a person in DTKS/DTSEN as stored in `dtks_members`.
package struct DTKSMember: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let nik: String
    package let personID: Int64?
    package let householdID: Int64?
    package let noKK: String
    package let name: String
    /// The household's desa; nil for a NIK the register does not know.
    package let areaCode: String?
    package let idDTKS: String?
    package let desil: Int?
    package let since: CalendarDate
    package let source: MemberSource
    package let sourceBatchID: Int64?
    package let status: MemberStatus
    package let deactivatedOn: CalendarDate?
    package let deactivationReason: String
    package let version: Int
    package let createdAt: Date
    package let updatedAt: Date

    package init(
        id: Int64, nik: String, personID: Int64?, householdID: Int64?, noKK: String, name: String, areaCode: String?,
        idDTKS: String?, desil: Int?, since: CalendarDate, source: MemberSource, sourceBatchID: Int64?,
        status: MemberStatus, deactivatedOn: CalendarDate?, deactivationReason: String, version: Int, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.nik = nik
        self.personID = personID
        self.householdID = householdID
        self.noKK = noKK
        self.name = name
        self.areaCode = areaCode
        self.idDTKS = idDTKS
        self.desil = desil
        self.since = since
        self.source = source
        self.sourceBatchID = sourceBatchID
        self.status = status
        self.deactivatedOn = deactivatedOn
        self.deactivationReason = deactivationReason
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The NIK with its middle hidden.
    package var maskedNIK: String { IdentityNumberText.masked(nik) }

    /// What the read API gives other modules.
    package var membership: DTKSMembership {
        DTKSMembership(idDTKS: idDTKS ?? "", desil: desil, since: since)
    }
}
