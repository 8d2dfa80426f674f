import Database

/// The desa the synthetic households are spread over, and how many each gets.
enum SyntheticAreas {
    /// Approximate residents per Bantul kapanewon (rounded census-era figures), so the big
    /// suburban kapanewon north of the city get more households; split evenly over its kalurahan.
    /// Areas of another region weigh the same per desa.
    static let kecamatanPopulation: [String: Double] = [
        "Srandakan": 31_000, "Sanden": 32_000, "Kretek": 30_000, "Pundong": 34_000, "Bambanglipuro": 40_000,
        "Pandak": 52_000, "Pajangan": 37_000, "Bantul": 63_000, "Jetis": 57_000, "Imogiri": 62_000,
        "Dlingo": 38_000, "Banguntapan": 140_000, "Pleret": 49_000, "Piyungan": 56_000, "Sewon": 113_000,
        "Kasihan": 124_000, "Sedayu": 48_000,
    ]

    /// Every desa with its kecamatan, in code order, with 6–15 invented padukuhan each.
    static func load(in db: Connection, random: inout SyntheticRandom) throws -> [(area: SyntheticArea, weight: Double)] {
        let rows = try db.query(
            """
            SELECT desa.code, kecamatan.code, kecamatan.name,
                   (SELECT count(*) FROM areas AS sibling WHERE sibling.parent_code = kecamatan.code AND sibling.level = 'desa')
            FROM areas AS desa JOIN areas AS kecamatan ON kecamatan.code = desa.parent_code
            WHERE desa.level = 'desa' AND kecamatan.level = 'kecamatan'
            ORDER BY desa.code
            """)
        var kecamatanIndexes: [String: Int] = [:]
        var areas: [(area: SyntheticArea, weight: Double)] = []
        for row in rows {
            let code = try row.get(0, as: String.self)
            let kecamatan = try row.get(1, as: String.self)
            let name = try row.get(2, as: String.self)
            let siblings = try row.get(3, as: Int.self)
            let region = String(kecamatan.filter(\.isASCIIDigit))
            guard region.count == 6 else { throw SyntheticSeedError.unusableKecamatanCode(kecamatan) }
            let index = kecamatanIndexes[kecamatan] ?? kecamatanIndexes.count
            kecamatanIndexes[kecamatan] = index
            let dusuns = (0..<random.int(6...15)).map { _ in SyntheticNames.dusun(random: &random) }
            let weight = (kecamatanPopulation[name] ?? 50_000) / Double(max(1, siblings))
            areas.append((SyntheticArea(code: code, kecamatanCode: kecamatan, kecamatanIndex: index, region: region, dusuns: dusuns), weight))
        }
        guard !areas.isEmpty else { throw SyntheticSeedError.noDesa }
        return areas
    }

    /// `total` split by weight with the largest remainders, every desa getting at least one when
    /// there are enough households.
    static func allocate(_ total: Int, weights: [Double]) -> [Int] {
        let floor = total >= weights.count ? 1 : 0
        let rest = total - floor * weights.count
        let sum = weights.reduce(0, +)
        let exact = weights.map { Double(rest) * $0 / sum }
        var counts = exact.map { floor + Int($0) }
        var missing = total - counts.reduce(0, +)
        let byRemainder = exact.indices.sorted { exact[$0] - exact[$0].rounded(.down) > exact[$1] - exact[$1].rounded(.down) }
        for index in byRemainder where missing > 0 {
            counts[index] += 1
            missing -= 1
        }
        return counts
    }
}
