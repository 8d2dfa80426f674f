/// The inputs of the registry forms; raw values are the form input names, so a service error
/// lands next to the input it is about.
package enum RegistryField: String, Sendable, Hashable, CaseIterable {
    case noKK = "no_kk"
    case kkOverrideReason = "kk_override_reason"
    case areaCode = "area_code"
    case dusun, rt, rw, address
    case nik
    case nikOverrideReason = "nik_override_reason"
    case name
    case sex
    case birthPlace = "birth_place"
    case birthDate = "birth_date"
    case relationship
    case maritalStatus = "marital_status"
    case religion, education, occupation
    case motherName = "mother_name"
    case disability
    case chronicIllness = "chronic_illness"
    case jknSegment = "jkn_segment"
    case status
    case statusDate = "status_date"
    case reason
    /// The No KK of the household a person moves to.
    case targetNoKK = "target_no_kk"
}
