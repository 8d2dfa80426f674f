/// The per-version facts of ISO/IEC 18004: sizes, alignment pattern centres and block structure.
struct QRVersion: Sendable, Equatable {
    /// 1 through 40.
    let number: Int

    static let all = (1...40).map(QRVersion.init(number:))

    /// Modules per side.
    var size: Int { number * 4 + 17 }

    /// Bits of the character count indicator in byte mode (Table 3).
    var byteCountBits: Int { number < 10 ? 8 : 16 }

    /// Centre coordinates of the alignment patterns on each axis (Annex E, Table E.1).
    var alignmentCenters: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        // The spacing rule that reproduces Table E.1, including its irregular version 32.
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var centers = [6]
        var position = size - 7
        while centers.count < count {
            centers.insert(position, at: 1)
            position -= step
        }
        return centers
    }

    /// Modules left for codewords and remainder bits once all function patterns are placed.
    var rawDataModules: Int {
        var result = (16 * number + 128) * number + 64
        if number >= 2 {
            let count = number / 7 + 2
            result -= (25 * count - 10) * count - 55
            if number >= 7 { result -= 36 }
        }
        return result
    }

    /// Codewords (data and error correction) the symbol holds.
    var totalCodewords: Int { rawDataModules / 8 }

    /// Error correction codewords in each block (Table 9).
    func correctionCodewordsPerBlock(_ level: QRErrorCorrection) -> Int {
        Int(QRVersion.correctionPerBlock[level.rawValue][number])
    }

    /// Number of blocks the codewords are split into (Table 9).
    func blockCount(_ level: QRErrorCorrection) -> Int {
        Int(QRVersion.blocks[level.rawValue][number])
    }

    /// Data codewords at this level.
    func dataCodewords(_ level: QRErrorCorrection) -> Int {
        totalCodewords - correctionCodewordsPerBlock(level) * blockCount(level)
    }

    /// Bytes byte mode holds at this level: data bits less the mode and count indicators.
    func byteCapacity(_ level: QRErrorCorrection) -> Int {
        (dataCodewords(level) * 8 - 4 - byteCountBits) / 8
    }

    // ISO/IEC 18004 Table 9, indexed [level][version]; index 0 is unused.
    private static let correctionPerBlock: [[UInt8]] = [
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    private static let blocks: [[UInt8]] = [
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]
}
