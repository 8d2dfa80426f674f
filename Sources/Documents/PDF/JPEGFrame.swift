/// What a PDF needs from a JPEG's frame header (ITU-T T.81 §B.2.2): size, components, precision.
struct JPEGFrame {
    let width: Int
    let height: Int
    let components: Int
    /// An Adobe APP14 marker is present: its CMYK samples are stored inverted.
    let adobeInverted: Bool

    static func read(_ bytes: [UInt8]) throws(PDFImageError) -> JPEGFrame {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { throw .notJPEG }
        var offset = 2
        var adobe = false
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { throw .jpegWithoutFrame }
            let marker = bytes[offset + 1]
            if marker == 0xFF {  // fill byte before a marker (§B.1.1.2)
                offset += 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {  // markers without a length
                offset += 2
                continue
            }
            if marker == 0xD9 || marker == 0xDA { throw .jpegWithoutFrame }  // EOI or SOS before SOF
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard length >= 2, offset + 2 + length <= bytes.count else { throw .jpegWithoutFrame }
            let segment = offset + 4
            if marker == 0xEE, length >= 7, Array(bytes[segment..<segment + 5]) == Array("Adobe".utf8) {
                adobe = true
            }
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 8 else { throw .jpegWithoutFrame }
                let precision = Int(bytes[segment])
                let height = Int(bytes[segment + 1]) << 8 | Int(bytes[segment + 2])
                let width = Int(bytes[segment + 3]) << 8 | Int(bytes[segment + 4])
                let components = Int(bytes[segment + 5])
                guard precision == 8 else { throw .unsupportedJPEG("\(precision)-bit samples") }
                guard width > 0, height > 0 else { throw .unsupportedJPEG("no size in the frame header") }
                guard [0xC0, 0xC1, 0xC2].contains(marker) else {
                    throw .unsupportedJPEG(String(marker, radix: 16) + " coding (lossless or arithmetic)")
                }
                return JPEGFrame(width: width, height: height, components: components, adobeInverted: adobe)
            }
            offset += 2 + length
        }
        throw .jpegWithoutFrame
    }
}
