/// What the members list and its exports show: an area (kecamatan or desa), a desil (0 = none
/// yet), a status, one household.
package struct DTKSMemberFilter: Sendable, Equatable {
    package var areaCode: String?
    package var desil: Int?
    package var status: MemberStatus?
    package var householdID: Int64?

    package init(areaCode: String? = nil, desil: Int? = nil, status: MemberStatus? = .active, householdID: Int64? = nil) {
        self.areaCode = areaCode
        self.desil = desil
        self.status = status
        self.householdID = householdID
    }
}

/// One row of the members list: the registration and the name of its desa.
package struct DTKSMemberRow: Sendable, Equatable {
    package let member: DTKSMember
    package let areaName: String
}
