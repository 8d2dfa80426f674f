package import Database
import DTKS
import Sidamesra

/// Step 2 of the SOP: asks the DTKS module for the applicant's membership (ID DTKS, desil) and
/// the SIDAMESRA module for the household's category, through their read APIs only.
package struct DTKSCheck: Sendable {
    package init() {}

    /// What both modules say about the person with `nik` in household `householdID`. A person the
    /// DTKS module does not know is "tidak terdaftar", not an error.
    package func facts(nik: String, householdID: Int64, in db: Connection) throws -> EligibilityFacts {
        let membership = try DTKSReadAPI().membership(nik: nik, in: db)
        let score = try SidamesraReadAPI.currentScore(ofHousehold: householdID, in: db)
        // The DTKS module answers "" for a member the Ministry has not given an ID yet.
        let idDTKS = membership.map(\.idDTKS).flatMap { $0.isEmpty ? nil : $0 }
        return EligibilityFacts(
            isDTKSMember: membership != nil, idDTKS: idDTKS, desil: membership?.desil,
            sidamesraCategory: score?.bandName, sidamesraTotal: score?.total)
    }
}
