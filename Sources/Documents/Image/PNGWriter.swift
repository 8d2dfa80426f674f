/// Writes 8-bit grayscale PNG files (PNG specification, ISO/IEC 15948: §5 datastream, §11.2 chunks).
package enum PNGWriter {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A PNG of `width`×`height` gray pixels (0 black … 255 white), row-major.
    package static func grayscale(width: Int, height: Int, pixels: [UInt8]) throws(Zlib.Failure) -> [UInt8] {
        precondition(pixels.count == width * height, "one byte per pixel")
        // Each scanline starts with filter type 0 (None).
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            scanlines.append(0)
            scanlines.append(contentsOf: pixels[row * width..<(row + 1) * width])
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 0, 0, 0, 0]  // bit depth 8, colour type 0 (gray), deflate, adaptive filtering, no interlace
        var file = signature
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", try Zlib.compress(scanlines, level: 9), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// Length, type, data and the CRC-32 of type and data (§5.3).
    static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        file.appendBigEndian(UInt32(data.count))
        var crc = CRC32()
        crc.update(typeBytes)
        crc.update(data)
        file += typeBytes
        file += data
        file.appendBigEndian(crc.value)
    }
}

extension [UInt8] {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
