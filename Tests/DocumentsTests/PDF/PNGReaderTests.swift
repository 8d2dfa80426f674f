import Testing

@testable import Documents

struct PNGReaderTests {
    @Test(arguments: [1, 2, 3, 4])
    func everyFilterTypeAndChannelCountDecodes(channels: Int) throws {
        let (width, height) = (37, 23)
        let pixels = TestPNG.randomPixels(width * height * channels, seed: UInt64(channels))
        let file = try TestPNG.encode(width: width, height: height, channels: channels, pixels: pixels, idatChunks: 3, extraChunk: true)
        let image = try PNGReader.decode(file)
        #expect(image.width == width && image.height == height && image.channels == channels)
        #expect(image.pixels == pixels)
    }

    @Test(arguments: [0, 1, 2, 3, 4] as [UInt8])
    func eachFilterAloneDecodes(filter: UInt8) throws {
        let pixels = TestPNG.randomPixels(9 * 7 * 3, seed: 40 + UInt64(filter))
        let file = try TestPNG.encode(width: 9, height: 7, channels: 3, pixels: pixels, filterForRow: { _ in filter })
        #expect(try PNGReader.decode(file).pixels == pixels)
    }

    @Test func alphaIsSeparatedFromColour() throws {
        let image = PNGImage(width: 2, height: 1, channels: 4, pixels: [1, 2, 3, 200, 4, 5, 6, 0])
        let (color, alpha) = image.separatingAlpha()
        #expect(color == [1, 2, 3, 4, 5, 6] && alpha == [200, 0])
        #expect(PNGImage(width: 1, height: 1, channels: 3, pixels: [9, 9, 9]).separatingAlpha().alpha == nil)
    }

    static func valid() throws -> [UInt8] {
        try TestPNG.encode(width: 4, height: 4, channels: 1, pixels: TestPNG.randomPixels(16, seed: 1))
    }

    @Test func rejectsWhatItCannotRead() throws {
        #expect(throws: PNGError.notPNG) { try PNGReader.decode(Array("GIF89a....".utf8)) }
        #expect(throws: PNGError.notPNG) { try PNGReader.decode([]) }
        let file = try Self.valid()
        #expect(throws: PNGError.truncated) { try PNGReader.decode(Array(file.prefix(file.count - 12))) }
        #expect(throws: PNGError.truncated) { try PNGReader.decode(Array(file.prefix(20))) }
        var corrupted = file
        corrupted[20] ^= 0x01  // a byte of IHDR: its CRC no longer matches
        #expect(throws: PNGError.badChecksum(chunk: "IHDR")) { try PNGReader.decode(corrupted) }
    }

    /// A valid file with IHDR byte `index` changed (CRC recomputed).
    static func withHeader(_ index: Int, _ value: UInt8) throws -> [UInt8] {
        var file = try valid()
        file[16 + index] = value
        var crc = CRC32()
        crc.update(file[12..<29])
        let sum = crc.value
        file.replaceSubrange(29..<33, with: [UInt8(sum >> 24), UInt8(sum >> 16 & 0xFF), UInt8(sum >> 8 & 0xFF), UInt8(sum & 0xFF)])
        return file
    }

    @Test func rejectsUnsupportedHeaders() throws {
        #expect(throws: PNGError.unsupported("bit depth 16")) { try PNGReader.decode(try Self.withHeader(8, 16)) }
        #expect(throws: PNGError.unsupported("colour type 3")) { try PNGReader.decode(try Self.withHeader(9, 3)) }
        #expect(throws: PNGError.unsupported("interlaced images")) { try PNGReader.decode(try Self.withHeader(12, 1)) }
        #expect(throws: PNGError.corrupt("zero width or height")) { try PNGReader.decode(try Self.withHeader(3, 0)) }
        #expect(throws: PNGError.tooLarge(width: 4, height: 0x7F00_0004)) { try PNGReader.decode(try Self.withHeader(4, 0x7F)) }
    }

    @Test func rejectsBrokenImageData() throws {
        let badFilter = try TestPNG.encode(width: 3, height: 3, channels: 1, pixels: [UInt8](repeating: 7, count: 9), filterForRow: { $0 == 2 ? 5 : 0 })
        #expect(throws: PNGError.corrupt("filter type 5 in row 2")) { try PNGReader.decode(badFilter) }
        // Rows that claim to be 4 pixels wide but hold 3: the inflated data is too short.
        let short = try TestPNG.encode(width: 3, height: 4, channels: 1, pixels: [UInt8](repeating: 7, count: 12))
        var wider = short
        wider[19] = 4
        var crc = CRC32()
        crc.update(wider[12..<29])
        let sum = crc.value
        wider.replaceSubrange(29..<33, with: [UInt8(sum >> 24), UInt8(sum >> 16 & 0xFF), UInt8(sum >> 8 & 0xFF), UInt8(sum & 0xFF)])
        #expect(throws: PNGError.self) { try PNGReader.decode(wider) }
    }
}
