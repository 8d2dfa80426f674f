/// Reads 8-bit PNG files (gray, gray+alpha, RGB, RGBA, no interlace): chunks with CRC check,
/// IDAT through zlib inflate, and the five scanline filters (PNG specification §9).
package enum PNGReader {
    /// Images larger than this many pixels are refused before inflating (a logo never is).
    package static let maximumPixels = 40_000_000

    /// The pixels of the PNG file `bytes`.
    package static func decode(_ bytes: [UInt8]) throws(PNGError) -> PNGImage {
        guard bytes.count >= 8, Array(bytes[0..<8]) == PNGWriter.signature else { throw .notPNG }
        var offset = 8
        var header: [UInt8]?
        var compressed: [UInt8] = []
        var ended = false
        while !ended {
            guard offset + 12 <= bytes.count else { throw .truncated }
            let length = Int(bigEndian32(bytes, at: offset))
            guard length <= bytes.count - offset - 12 else { throw .truncated }
            let type = bytes[offset + 4..<offset + 8]
            let data = bytes[offset + 8..<offset + 8 + length]
            var crc = CRC32()
            crc.update(type)
            crc.update(data)
            let name = String(decoding: type, as: UTF8.self)
            guard crc.value == bigEndian32(bytes, at: offset + 8 + length) else { throw .badChecksum(chunk: name) }
            switch name {
            case "IHDR": header = Array(data)
            case "IDAT": compressed.append(contentsOf: data)
            case "IEND": ended = true
            case "PLTE": throw .unsupported("palette images")
            default: break  // ancillary chunks (gamma, text, …) do not change the pixels we pass on
            }
            offset += 12 + length
        }
        guard let header, header.count == 13 else { throw .truncated }
        let width = Int(bigEndian32(header, at: 0))
        let height = Int(bigEndian32(header, at: 4))
        guard width > 0, height > 0 else { throw .corrupt("zero width or height") }
        guard width <= maximumPixels, height <= maximumPixels, width * height <= maximumPixels else {
            throw .tooLarge(width: width, height: height)
        }
        guard header[8] == 8 else { throw .unsupported("bit depth \(header[8])") }
        let channels: Int
        switch header[9] {
        case 0: channels = 1
        case 2: channels = 3
        case 4: channels = 2
        case 6: channels = 4
        default: throw .unsupported("colour type \(header[9])")
        }
        guard header[10] == 0, header[11] == 0 else { throw .unsupported("compression or filter method") }
        guard header[12] == 0 else { throw .unsupported("interlaced images") }
        let stride = width * channels
        let expected = (stride + 1) * height
        let scanlines: [UInt8]
        do {
            scanlines = try Zlib.decompress(compressed, limit: expected)
        } catch {
            throw .corrupt("image data: \(error)")
        }
        guard scanlines.count == expected else { throw .corrupt("image data is \(scanlines.count) bytes, not \(expected)") }
        let pixels = try unfilter(scanlines, stride: stride, height: height, bytesPerPixel: channels)
        return PNGImage(width: width, height: height, channels: channels, pixels: pixels)
    }

    /// Reverses the per-scanline filters None, Sub, Up, Average and Paeth (§9.2).
    static func unfilter(_ data: [UInt8], stride: Int, height: Int, bytesPerPixel: Int) throws(PNGError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: stride * height)
        for row in 0..<height {
            let filter = data[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            let target = row * stride
            let previous = target - stride
            for index in 0..<stride {
                let raw = data[source + index]
                let left = index >= bytesPerPixel ? output[target + index - bytesPerPixel] : 0
                let up = row > 0 ? output[previous + index] : 0
                let upLeft = row > 0 && index >= bytesPerPixel ? output[previous + index - bytesPerPixel] : 0
                let predicted: UInt8
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = UInt8((Int(left) + Int(up)) / 2)
                case 4: predicted = paeth(left, up, upLeft)
                default: throw .corrupt("filter type \(filter) in row \(row)")
                }
                output[target + index] = raw &+ predicted
            }
        }
        return output
    }

    static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let estimate = Int(a) + Int(b) - Int(c)
        let distanceA = abs(estimate - Int(a))
        let distanceB = abs(estimate - Int(b))
        let distanceC = abs(estimate - Int(c))
        if distanceA <= distanceB && distanceA <= distanceC { return a }
        return distanceB <= distanceC ? b : c
    }

    static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}
