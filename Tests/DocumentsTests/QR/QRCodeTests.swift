import Testing

@testable import Documents

struct QRCodeTests {
    /// ISO/IEC 18004 Annex I: "01234567" as version 1-M (numeric mode) has these 16 data
    /// codewords and these 10 error correction codewords.
    @Test func reedSolomonMatchesTheStandardsExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        let correction = ReedSolomon.remainder(data[...], generator: ReedSolomon.generator(degree: 10))
        #expect(correction == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    /// "HELLO WORLD" as 1-M in alphanumeric mode (a widely published worked example).
    @Test func reedSolomonMatchesThePublishedHelloWorldExample() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let correction = ReedSolomon.remainder(data[...], generator: ReedSolomon.generator(degree: 10))
        #expect(correction == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func generatorPolynomialOfDegreeSevenIsTheStandardOne() {
        // Annex A: g(x) = x^7 + α^87x^6 + α^229x^5 + α^146x^4 + α^149x^3 + α^238x^2 + α^102x + α^21.
        func alpha(_ power: Int) -> UInt8 { (0..<power).reduce(UInt8(1)) { value, _ in ReedSolomon.multiply(value, 2) } }
        #expect(ReedSolomon.generator(degree: 7) == [87, 229, 146, 149, 238, 102, 21].map(alpha))
    }

    /// The 32 format information strings (ISO/IEC 18004 Table C.1), level then mask 0–7.
    @Test(arguments: [
        (QRErrorCorrection.low, ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
                                 "110011000101111", "110001100011000", "110110001000001", "110100101110110"]),
        (.medium, ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                   "100010111111001", "100000011001110", "100111110010111", "100101010100000"]),
        (.quartile, ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                     "010010010110100", "010000110000011", "010111011011010", "010101111101101"]),
        (.high, ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                 "000011101100010", "000001001010101", "000110100001100", "000100000111011"]),
    ])
    func formatInformationMatchesTableC1(level: QRErrorCorrection, expected: [String]) {
        for mask in 0..<8 {
            #expect(String(QRMatrixBuilder.formatBits(level: level, mask: mask), radix: 2).leftPadded(15) == expected[mask])
        }
    }

    /// Version information (Table D.1) for a few versions.
    @Test(arguments: [(7, "000111110010010100"), (8, "001000010110111100"), (21, "010101011010000011"),
                      (40, "101000110001101001")])
    func versionInformationMatchesTableD1(version: Int, expected: String) {
        #expect(String(QRMatrixBuilder.versionBits(version), radix: 2).leftPadded(18) == expected)
    }

    /// Byte-mode capacities from Table 7 (L, M, Q, H).
    @Test(arguments: [(1, [17, 14, 11, 7]), (7, [154, 122, 86, 64]), (10, [271, 213, 151, 119]),
                      (20, [858, 666, 482, 382]), (40, [2953, 2331, 1663, 1273])])
    func byteCapacitiesMatchTable7(version: Int, capacities: [Int]) {
        #expect(QRErrorCorrection.allCases.map { QRVersion(number: version).byteCapacity($0) } == capacities)
    }

    @Test func alignmentCentresMatchTableE1() {
        #expect(QRVersion(number: 1).alignmentCenters == [])
        #expect(QRVersion(number: 2).alignmentCenters == [6, 18])
        #expect(QRVersion(number: 7).alignmentCenters == [6, 22, 38])
        #expect(QRVersion(number: 15).alignmentCenters == [6, 26, 48, 70])
        #expect(QRVersion(number: 32).alignmentCenters == [6, 34, 60, 86, 112, 138])
        #expect(QRVersion(number: 36).alignmentCenters == [6, 24, 50, 76, 102, 128, 154])
        #expect(QRVersion(number: 40).alignmentCenters == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func everyVersionHoldsExactlyItsCodewords() {
        // Table 1: total codewords of versions 1, 7, 14, 40.
        #expect([1, 7, 14, 40].map { QRVersion(number: $0).totalCodewords } == [26, 196, 581, 3706])
        for version in QRVersion.all {
            var builder = QRMatrixBuilder(version: version)
            builder.placeFunctionPatterns()
            #expect(builder.reserved.filter { !$0 }.count == version.rawDataModules, "version \(version.number)")
            // Data modules = the version's codewords plus 0, 3, 4 or 7 remainder bits (Table 1).
            let remainder = version.rawDataModules - version.totalCodewords * 8
            #expect([0, 3, 4, 7].contains(remainder), "version \(version.number)")
        }
    }

    @Test func chooseTheSmallestVersionThatFits() throws {
        #expect(try QRCode.encode([UInt8](repeating: 0x41, count: 14)).version == 1)
        #expect(try QRCode.encode([UInt8](repeating: 0x41, count: 15)).version == 2)
        #expect(try QRCode.encode([UInt8](repeating: 0x41, count: 17), correction: .low).version == 1)
        #expect(try QRCode.encode([UInt8](repeating: 0x41, count: 2331)).version == 40)
        // A letter's 64-byte verification URL: more than version 4-M's 62 bytes.
        let url = try QRCode.encode("https://dinsos.bantulkab.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUv")
        #expect(url.version == 5 && url.size == 37 && url.correction == .medium)
    }

    @Test func tooMuchDataIsRejected() {
        #expect(throws: QRError.dataTooLong(byteCount: 2332, maximum: 2331)) {
            try QRCode.encode([UInt8](repeating: 0x41, count: 2332))
        }
        #expect(throws: QRError.dataTooLong(byteCount: 1274, maximum: 1273)) {
            try QRCode.encode([UInt8](repeating: 0x41, count: 1274), correction: .high)
        }
    }

    @Test func finderTimingAndDarkModuleAreInPlace() throws {
        let matrix = try QRCode.encode("Dinas Sosial Kabupaten Bantul")
        let n = matrix.size
        for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(matrix[ox + dx, oy + dy] == (ring != 2), "finder at \(ox),\(oy)")
                }
            }
        }
        for index in 8..<n - 8 {
            #expect(matrix[index, 6] == (index % 2 == 0))
            #expect(matrix[6, index] == (index % 2 == 0))
        }
        #expect(matrix[8, n - 8])
        // Both copies of the format information carry the chosen mask.
        let bits = QRMatrixBuilder.formatBits(level: .medium, mask: matrix.mask)
        for index in 0..<8 { #expect(matrix[n - 1 - index, 8] == ((bits >> index) & 1 == 1)) }
        for index in 0...5 { #expect(matrix[8, index] == ((bits >> index) & 1 == 1)) }
    }

    @Test func theChosenMaskHasTheLowestPenalty() throws {
        let text = Array("https://dinsos.bantulkab.go.id/verifikasi/Zx9_Qw-12345678901234".utf8)
        let chosen = try QRCode.encode(text)
        for mask in 0..<8 {
            let other = try QRCode.encode(text, correction: .medium, forcedMask: mask)
            let otherScore = QRPenalty.score(other.modules, size: other.size)
            let chosenScore = QRPenalty.score(chosen.modules, size: chosen.size)
            #expect(chosenScore < otherScore || (chosenScore == otherScore && chosen.mask <= mask))
        }
    }

    @Test func penaltyRulesScoreKnownPatterns() {
        let light = Array(repeating: false, count: 49)
        #expect(QRPenalty.runs(light, size: 7) == 14 * 5)  // 14 lines, each a run of 7
        #expect(QRPenalty.blocks(light, size: 7) == 36 * 3)
        #expect(QRPenalty.finderLike(light, size: 7) == 0)
        #expect(QRPenalty.balance(light, size: 7) == 100)  // 50% off: ten steps of 5%
        let checker = (0..<36).map { ($0 / 6 + $0 % 6) % 2 == 0 }
        #expect(QRPenalty.score(checker, size: 6) == 0)
        // 1011101 then four light modules in one row of an 11-wide symbol: one finder-like pattern.
        var symbol = Array(repeating: false, count: 121)
        for (offset, dark) in [true, false, true, true, true, false, true].enumerated() { symbol[5 * 11 + offset] = dark }
        #expect(QRPenalty.finderLike(symbol, size: 11) == 40)
        // A dark module within four on both sides: not counted.
        var cramped = Array(repeating: true, count: 121)
        for (offset, dark) in [true, false, true, false, true, true, true, false, true, false, true].enumerated() {
            cramped[5 * 11 + offset] = dark
        }
        #expect(QRPenalty.finderLike(cramped, size: 11) == 0)
        // 40% dark: two full 5% steps from half.
        #expect(QRPenalty.balance((0..<100).map { $0 < 40 }, size: 10) == 20)
        #expect(QRPenalty.balance((0..<100).map { $0 < 46 }, size: 10) == 0)
    }

    @Test func svgHasOnePathAndNoStyle() throws {
        let matrix = try QRCode.encode("https://dinsos.bantulkab.go.id/verifikasi/AbC123")
        let svg = matrix.svg(moduleSize: 4, quietZone: 4)
        let side = matrix.size + 8
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side * 4)\" height=\"\(side * 4)\" viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(!svg.contains("style"))
        // Every dark module is covered by exactly one run: the path's areas add up.
        let runs = svg.split(separator: "M").dropFirst().compactMap { $0.split(separator: "h").dropFirst().first }
        let area = runs.compactMap { Int($0.prefix { $0.isNumber }) }.reduce(0, +)
        #expect(area == matrix.modules.filter { $0 }.count)
    }

    @Test func pngIsAValidGrayscaleImageOfTheRightSize() throws {
        let matrix = try QRCode.encode("AbC")
        let png = matrix.png(scale: 3, quietZone: 2)
        let side = (matrix.size + 4) * 3
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        #expect(Array(png[16..<24]) == [0, 0, 0, UInt8(side), 0, 0, 0, UInt8(side)])
        #expect(Array(png[24..<29]) == [8, 0, 0, 0, 0])
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        let image = try PNGReader.decode(png)
        #expect(image.width == side && image.height == side && image.channels == 1)
        for y in 0..<matrix.size {
            for x in 0..<matrix.size {
                #expect(image.pixels[((y + 2) * 3 + 1) * side + (x + 2) * 3 + 1] == (matrix[x, y] ? 0 : 255))
            }
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
