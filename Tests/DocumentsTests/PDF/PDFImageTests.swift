import Testing

@testable import Documents

struct PDFImageTests {
    /// SOI, APP0, SOF0 (8-bit, 40 rows, 64 columns, 3 components), SOS, EOI.
    static let minimalJPEG: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46,
                                       0xFF, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x28, 0x00, 0x40, 0x03,
                                       1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
                                       0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]

    @Test func jpegSizeAndComponentsComeFromTheFrameHeader() throws {
        let image = try PDFImage(jpeg: Self.minimalJPEG)
        #expect(image.width == 64 && image.height == 40 && image.colorSpace == "DeviceRGB")
        #expect(image.filter == "DCTDecode" && image.data == Self.minimalJPEG && image.softMask == nil)
        var gray = Self.minimalJPEG
        gray[18] = 1
        #expect(try PDFImage(jpeg: gray).colorSpace == "DeviceGray")
        var progressive = Self.minimalJPEG
        progressive[10] = 0xC2
        #expect(try PDFImage(jpeg: progressive).width == 64)
    }

    @Test func jpegRejections() {
        #expect(throws: PDFImageError.notJPEG) { try PDFImage(jpeg: Array("%PDF-1.4".utf8)) }
        #expect(throws: PDFImageError.jpegWithoutFrame) { try PDFImage(jpeg: Array(Self.minimalJPEG.prefix(12))) }
        #expect(throws: PDFImageError.jpegWithoutFrame) { try PDFImage(jpeg: [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]) }
        var twelveBit = Self.minimalJPEG
        twelveBit[13] = 12
        #expect(throws: PDFImageError.unsupportedJPEG("12-bit samples")) { try PDFImage(jpeg: twelveBit) }
        var twoComponents = Self.minimalJPEG
        twoComponents[18] = 2
        #expect(throws: PDFImageError.unsupportedJPEG("2 colour components")) { try PDFImage(jpeg: twoComponents) }
        var lossless = Self.minimalJPEG
        lossless[10] = 0xC3
        #expect(throws: PDFImageError.unsupportedJPEG("c3 coding (lossless or arithmetic)")) { try PDFImage(jpeg: lossless) }
    }

    @Test func pngPixelsAreRecompressedWithAlphaAsASoftMask() throws {
        let pixels: [UInt8] = [10, 20, 30, 255, 40, 50, 60, 128]
        let image = try PDFImage(png: TestPNG.encode(width: 2, height: 1, channels: 4, pixels: pixels))
        #expect(image.colorSpace == "DeviceRGB" && image.filter == "FlateDecode")
        #expect(try Zlib.decompress(image.data, limit: 100) == [10, 20, 30, 40, 50, 60])
        #expect(try Zlib.decompress(try #require(image.softMask), limit: 100) == [255, 128])
        let opaque = try PDFImage(png: TestPNG.encode(width: 1, height: 1, channels: 2, pixels: [90, 255]))
        #expect(opaque.colorSpace == "DeviceGray" && opaque.softMask == nil)
        #expect(throws: PDFImageError.png(.notPNG)) { try PDFImage(png: Self.minimalJPEG) }
    }
}
