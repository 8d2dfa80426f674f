/// The canonical area levels (DESIGN.md §3); the words shown for them are settings.
package enum AreaLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case provinsi, kabupaten, kecamatan, desa, dusun

    /// Depth from the top (provinsi = 0).
    package var depth: Int { AreaLevel.allCases.firstIndex(of: self) ?? 0 }

    /// The level directly below, if any.
    package var child: AreaLevel? {
        let next = depth + 1
        return next < AreaLevel.allCases.count ? AreaLevel.allCases[next] : nil
    }

    package static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool { lhs.depth < rhs.depth }
}
