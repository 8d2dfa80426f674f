import Core
package import Database
import Foundation
import Registry

/// The PBI APBD budget: active members × the monthly premium per kapanewon and in total, and
/// the projected monthly cost of proposals still under way.
package struct PBIBudget: Sendable, Equatable {
    package struct Line: Sendable, Equatable, Encodable {
        package let code: String
        package let name: String
        package let members: String
        package let monthly: String
        package let pending: String
        package let projected: String
    }

    package let premium: Int
    package let lines: [Line]
    package let totalMembers: Int
    package let totalMonthly: Int
    package let totalPending: Int
    package let totalProjected: Int

    /// Reads the counts; `premium` is `Settings.pbiPremiumRupiah`.
    package static func compute(premium: Int, in db: Connection) throws -> PBIBudget {
        let members = try RegistryService.jknMembersByKecamatan(.pbiAPBD, in: db)
        var pending: [String: Int] = [:]
        try db.forEach(
            """
            SELECT a.parent_code, count(*) FROM sidakis_proposals AS p JOIN areas AS a ON a.code = p.area_code
            WHERE p.status NOT IN ('berhasil', 'tidak_berhasil', 'dikembalikan') GROUP BY a.parent_code
            """
        ) { row in
            if !row[0].isNull { pending[try row.get(0)] = try row.get(1) }
        }
        let kecamatan = try AreaStore.all(level: .kecamatan, in: db)
        let codes = Set(members.keys).union(pending.keys).union(kecamatan.map(\.code))
        let names = Dictionary(kecamatan.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let lines = codes.sorted().map { code in
            let count = members[code] ?? 0
            let waiting = pending[code] ?? 0
            return Line(
                code: code, name: names[code] ?? code, members: IndonesianFormat.number(count),
                monthly: IndonesianFormat.rupiah(count * premium), pending: IndonesianFormat.number(waiting),
                projected: IndonesianFormat.rupiah((count + waiting) * premium))
        }
        let totalMembers = members.values.reduce(0, +)
        let totalPending = pending.values.reduce(0, +)
        return PBIBudget(
            premium: premium, lines: lines, totalMembers: totalMembers, totalMonthly: totalMembers * premium,
            totalPending: totalPending, totalProjected: (totalMembers + totalPending) * premium)
    }
}
