import Core
package import Database

extension DTKSReadAPI {
    /// Active registrations per desil (key 0: no desil yet) in `areaCode` and below (the whole
    /// deployment when nil), for the dashboard.
    package func desilCounts(areaCode: String?, in db: Connection) throws -> [Int: Int] {
        try DTKSMemberStore.desilCounts(DTKSMemberFilter(areaCode: areaCode), scope: .everywhere, in: db)
    }
}
