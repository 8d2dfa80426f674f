/// The area a ranking is computed in: rank 1 is the poorest household of that area.
package enum RankingArea: Sendable, Hashable {
    /// The whole deployment (only for roles that see everywhere).
    case kabupaten
    /// One kapanewon.
    case kecamatan(String)
    /// One kalurahan.
    case desa(String)

    /// The kecamatan or desa code, nil for the kabupaten.
    package var code: String? {
        switch self {
        case .kabupaten: nil
        case .kecamatan(let code), .desa(let code): code
        }
    }

    /// The condition on `household_scores AS s` selecting this area at parameter ?1; each level
    /// has its own ranking index (migration 0201), led by the column named here.
    var sqlCondition: String {
        switch self {
        case .kabupaten: "?1 IS NULL"
        case .kecamatan: "s.kecamatan_code = ?1"
        case .desa: "s.desa_code = ?1"
        }
    }
}
