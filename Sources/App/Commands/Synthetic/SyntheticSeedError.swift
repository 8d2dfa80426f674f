/// Why `seed --synthetic` refused or stopped; nothing was written when it throws.
package enum SyntheticSeedError: Error, Equatable, CustomStringConvertible {
    /// The registry already holds households (their count).
    case registryNotEmpty(Int)
    case noDesa
    case noActiveIndicatorSet
    /// The active set has an indicator without options or no category bands.
    case unusableIndicatorSet
    /// A kecamatan code without exactly six digits, so no NIK region can be made from it.
    case unusableKecamatanCode(String)
    /// Every serial of one region and day was used.
    case serialsExhausted

    package var description: String {
        switch self {
        case .registryNotEmpty(let count):
            "the registry already holds \(count) households; seed --synthetic only fills an empty registry"
        case .noDesa: "no desa in the areas table: load the areas first (dinsos import wilayah)"
        case .noActiveIndicatorSet: "no active indicator set to assess the households with"
        case .unusableIndicatorSet: "the active indicator set has an indicator without options or no category bands"
        case .unusableKecamatanCode(let code): "kecamatan code \(code) does not have the six digits a NIK region needs"
        case .serialsExhausted: "more than 9999 synthetic persons share a region and a birth day"
        }
    }
}
