@testable import Documents

/// PNG files made the long way round for reader tests: any channel count, each row with the
/// filter type chosen by `filterForRow`, optionally split over several IDAT chunks.
enum TestPNG {
    static func encode(
        width: Int, height: Int, channels: Int, pixels: [UInt8],
        filterForRow: (Int) -> UInt8 = { UInt8($0 % 5) }, idatChunks: Int = 1, extraChunk: Bool = false
    ) throws -> [UInt8] {
        let colorType: UInt8 = [1: 0, 2: 4, 3: 2, 4: 6][channels] ?? 0
        let stride = width * channels
        var filtered: [UInt8] = []
        for row in 0..<height {
            let filter = filterForRow(row)
            filtered.append(filter)
            for index in 0..<stride {
                let value = pixels[row * stride + index]
                let left = index >= channels ? pixels[row * stride + index - channels] : 0
                let up = row > 0 ? pixels[(row - 1) * stride + index] : 0
                let upLeft = row > 0 && index >= channels ? pixels[(row - 1) * stride + index - channels] : 0
                let predicted: UInt8
                switch filter {
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = UInt8((Int(left) + Int(up)) / 2)
                case 4: predicted = PNGReader.paeth(left, up, upLeft)
                default: predicted = 0
                }
                filtered.append(value &- predicted)
            }
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, colorType, 0, 0, 0]
        var file = PNGWriter.signature
        PNGWriter.appendChunk("IHDR", header, to: &file)
        if extraChunk { PNGWriter.appendChunk("tEXt", Array("Comment\0dibuat untuk uji".utf8), to: &file) }
        let compressed = try Zlib.compress(filtered)
        let piece = max(1, (compressed.count + idatChunks - 1) / idatChunks)
        var start = 0
        while start < compressed.count {
            PNGWriter.appendChunk("IDAT", Array(compressed[start..<min(start + piece, compressed.count)]), to: &file)
            start += piece
        }
        PNGWriter.appendChunk("IEND", [], to: &file)
        return file
    }

    static func randomPixels(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Smooth gradients plus noise, so every filter has something to predict.
            return UInt8(truncatingIfNeeded: index / 3 + Int(state >> 60))
        }
    }
}
