/// Kemendagri area codes: two-digit provinsi `34`, kabupaten `34.02`, kecamatan `34.02.01`,
/// four-digit desa `34.02.01.2001`, and a dusun numbered inside its desa `34.02.01.2001.01`
/// (two to four digits, since the desa office numbers them itself).
extension AreaLevel {
    /// The digits allowed in each segment of a code of this level, top segment first.
    package var codeSegmentLengths: [ClosedRange<Int>] {
        let shapes: [ClosedRange<Int>] = [2...2, 2...2, 2...2, 4...4, 2...4]
        return Array(shapes.prefix(depth + 1))
    }

    /// The level whose shape `code` has, or nil when it is no Kemendagri code.
    package init?(codeShape code: String) {
        let segments = code.split(separator: ".", omittingEmptySubsequences: false)
        guard let level = AreaLevel.allCases.first(where: { $0.depth == segments.count - 1 }) else { return nil }
        for (segment, lengths) in zip(segments, level.codeSegmentLengths) {
            guard lengths.contains(segment.utf8.count), segment.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                return nil
            }
        }
        self = level
    }

    /// The level directly above, if any.
    package var parent: AreaLevel? {
        depth > 0 ? AreaLevel.allCases[depth - 1] : nil
    }

    /// An example code of this level, for messages.
    package var exampleCode: String {
        ["34", "34.02", "34.02.01", "34.02.01.2001", "34.02.01.2001.01"][depth]
    }
}
