/// Lays out one symbol: function patterns, codeword placement, masking and format information
/// (ISO/IEC 18004 §6.3, §7.7, §7.8, §7.9, §7.10).
struct QRMatrixBuilder {
    let version: QRVersion
    let size: Int
    private(set) var modules: [Bool]
    /// Modules that belong to function patterns and are neither data nor masked.
    private(set) var reserved: [Bool]

    init(version: QRVersion) {
        self.version = version
        size = version.size
        modules = Array(repeating: false, count: size * size)
        reserved = Array(repeating: false, count: size * size)
    }

    private mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y * size + x] = dark
        reserved[y * size + x] = true
    }

    mutating func placeFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)  // timing patterns (§6.3.5)
            set(index, 6, index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { placeFinder(centerX: x, centerY: y) }
        let centers = version.alignmentCenters
        for (i, cx) in centers.enumerated() {
            for (j, cy) in centers.enumerated() {
                // Skip the three corners taken by finder patterns.
                let last = centers.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                placeAlignment(centerX: cx, centerY: cy)
            }
        }
        // Reserve the format areas now; their bits depend on the mask chosen later.
        placeFormatInformation(level: .medium, mask: 0)
        placeVersionInformation()
    }

    /// A 7×7 finder pattern with its light separator, clipped at the symbol edge (§6.3.3).
    private mutating func placeFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx
                let y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let distance = max(abs(dx), abs(dy))
                set(x, y, distance != 2 && distance != 4)
            }
        }
    }

    /// A 5×5 alignment pattern (§6.3.6).
    private mutating func placeAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                set(centerX + dx, centerY + dy, max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// The 15-bit format information: level and mask, BCH(15,5) with generator 0x537, XOR 0x5412 (§7.9.1).
    static func formatBits(level: QRErrorCorrection, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18-bit version information: version number, BCH(18,6) with generator 0x1F25 (§7.10, Annex D).
    static func versionBits(_ number: Int) -> Int {
        var remainder = number
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return number << 12 | remainder
    }

    /// Both copies of the format information and the dark module (§7.9.1, Figure 25).
    mutating func placeFormatInformation(level: QRErrorCorrection, mask: Int) {
        let bits = Self.formatBits(level: level, mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Copy around the top-left finder: bits 0–7 down column 8 (skipping the timing row),
        // bits 8–14 leftwards along row 8 (skipping the timing column).
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        // Second copy: bits 0–7 along row 8 at the right, bits 8–14 up column 8 at the bottom.
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)  // the dark module
    }

    /// The two 6×3 version information blocks for version 7 and up (§7.10, Figure 27).
    private mutating func placeVersionInformation() {
        guard version.number >= 7 else { return }
        let bits = Self.versionBits(version.number)
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3
            let b = index / 3
            set(a, b, dark)
            set(b, a, dark)
        }
    }

    /// Places codewords in the two-column zigzag from the bottom right, skipping the vertical
    /// timing column and function modules; remainder bits stay light (§7.7.3).
    mutating func placeCodewords(_ codewords: [UInt8]) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !reserved[y * size + x] && bitIndex < totalBits {
                    let byte = codewords[bitIndex >> 3]
                    modules[y * size + x] = (byte >> (7 - (bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// Whether mask pattern `mask` inverts the module at column `x`, row `y` (Table 10, i = row, j = column).
    static func masks(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (y + x) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (y + x) % 3 == 0
        case 4: (y / 2 + x / 3) % 2 == 0
        case 5: (y * x) % 2 + (y * x) % 3 == 0
        case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
        default: ((y + x) % 2 + (y * x) % 3) % 2 == 0
        }
    }

    /// XORs the mask over the data modules; applying it twice undoes it.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] && Self.masks(mask, x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }

    /// The mask whose finished symbol scores the lowest penalty; the first on a tie (§7.8.3).
    mutating func bestMask(level: QRErrorCorrection) -> Int {
        var best = 0
        var bestScore = Int.max
        for mask in 0..<8 {
            applyMask(mask)
            placeFormatInformation(level: level, mask: mask)
            let score = QRPenalty.score(modules, size: size)
            if score < bestScore {
                best = mask
                bestScore = score
            }
            applyMask(mask)
        }
        return best
    }
}
