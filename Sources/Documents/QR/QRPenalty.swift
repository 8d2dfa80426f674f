/// The four penalty rules that choose the data mask (ISO/IEC 18004 §7.8.3.1, Table 11).
enum QRPenalty {
    static func score(_ modules: [Bool], size: Int) -> Int {
        runs(modules, size: size) + blocks(modules, size: size) + finderLike(modules, size: size)
            + balance(modules, size: size)
    }

    /// N1: runs of five or more same-coloured modules in a row or column, 3 + (length - 5).
    static func runs(_ modules: [Bool], size: Int) -> Int {
        func dark(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }
        var total = 0
        for vertical in [false, true] {
            for line in 0..<size {
                var runColor = false
                var runLength = 0
                for position in 0..<size {
                    let color = vertical ? dark(line, position) : dark(position, line)
                    if position > 0 && color == runColor {
                        runLength += 1
                    } else {
                        if runLength >= 5 { total += runLength - 2 }
                        runColor = color
                        runLength = 1
                    }
                }
                if runLength >= 5 { total += runLength - 2 }
            }
        }
        return total
    }

    /// N2: each 2×2 block of one colour, 3.
    static func blocks(_ modules: [Bool], size: Int) -> Int {
        func dark(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }
        var total = 0
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let color = dark(x, y)
                if color == dark(x + 1, y) && color == dark(x, y + 1) && color == dark(x + 1, y + 1) {
                    total += 3
                }
            }
        }
        return total
    }

    /// N3: 1:1:3:1:1 dark-light-dark-dark-dark-light-dark with four light modules on either
    /// side (outside the symbol counts as light), 40 each.
    static func finderLike(_ modules: [Bool], size: Int) -> Int {
        guard size >= 7 else { return 0 }
        var total = 0
        // The row or column with four light modules of padding at each end.
        var line = [Bool](repeating: false, count: size + 8)
        for vertical in [false, true] {
            for index in 0..<size {
                for position in 0..<size {
                    line[position + 4] = vertical ? modules[position * size + index] : modules[index * size + position]
                }
                for start in 4...(size - 3) {
                    guard line[start], !line[start + 1], line[start + 2], line[start + 3], line[start + 4],
                        !line[start + 5], line[start + 6]
                    else { continue }
                    let lightBefore = !line[start - 1] && !line[start - 2] && !line[start - 3] && !line[start - 4]
                    let lightAfter = !line[start + 7] && !line[start + 8] && !line[start + 9] && !line[start + 10]
                    if lightBefore || lightAfter { total += 40 }
                }
            }
        }
        return total
    }

    /// N4: 10 for every full 5% the dark share deviates from 50%.
    static func balance(_ modules: [Bool], size: Int) -> Int {
        let darkCount = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
        let cells = size * size
        return abs(darkCount * 20 - cells * 10) / cells * 10
    }
}
