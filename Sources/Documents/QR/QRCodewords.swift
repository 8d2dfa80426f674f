/// The codeword sequence of a symbol: byte-mode data, padding, error correction per block,
/// interleaved (ISO/IEC 18004 §7.4 and §7.6).
enum QRCodewords {
    /// Data codewords for `bytes` in byte mode, filled to the version's capacity.
    static func data(_ bytes: [UInt8], version: QRVersion, level: QRErrorCorrection) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)  // byte mode indicator
        bits.append(bytes.count, count: version.byteCountBits)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = version.dataCodewords(level) * 8
        bits.append(0, count: min(4, capacity - bits.count))  // terminator, shortened at the end
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits `data` into the version's blocks, adds each block's error correction and
    /// interleaves: the data codewords column by column, then the correction codewords.
    static func interleaved(_ data: [UInt8], version: QRVersion, level: QRErrorCorrection) -> [UInt8] {
        let blockCount = version.blockCount(level)
        let correctionLength = version.correctionCodewordsPerBlock(level)
        // Short blocks come first; the long ones hold one more data codeword (Table 9).
        let shortLength = data.count / blockCount
        let shortBlocks = blockCount - data.count % blockCount
        let generator = ReedSolomon.generator(degree: correctionLength)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var correctionBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blockCount {
            let length = shortLength + (index < shortBlocks ? 0 : 1)
            let block = data[start..<start + length]
            dataBlocks.append(block)
            correctionBlocks.append(ReedSolomon.remainder(block, generator: generator))
            start += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(version.totalCodewords)
        for column in 0...shortLength {
            for block in dataBlocks where column < block.count {
                result.append(block[block.startIndex + column])
            }
        }
        for column in 0..<correctionLength {
            for block in correctionBlocks { result.append(block[column]) }
        }
        return result
    }
}

/// Bits appended most significant first, read back as bytes.
struct BitBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, count width: Int) {
        for shift in stride(from: width - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= UInt8(0x80 >> (count % 8)) }
            count += 1
        }
    }
}
