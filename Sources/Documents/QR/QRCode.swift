/// QR Code model 2 (ISO/IEC 18004) in byte mode.
package enum QRCode {
    /// Encodes `bytes` in the smallest version that holds them at `correction`, with the data
    /// mask of the lowest penalty (§7.8.3).
    package static func encode(
        _ bytes: [UInt8], correction: QRErrorCorrection = .medium
    ) throws(QRError) -> QRMatrix {
        try encode(bytes, correction: correction, forcedMask: nil)
    }

    /// Encodes the UTF-8 bytes of `text`.
    package static func encode(_ text: String, correction: QRErrorCorrection = .medium) throws(QRError) -> QRMatrix {
        try encode(Array(text.utf8), correction: correction, forcedMask: nil)
    }

    /// The same, with the mask pattern fixed when `forcedMask` (0–7) is given.
    static func encode(
        _ bytes: [UInt8], correction: QRErrorCorrection, forcedMask: Int?
    ) throws(QRError) -> QRMatrix {
        guard let version = QRVersion.all.first(where: { $0.byteCapacity(correction) >= bytes.count }) else {
            throw .dataTooLong(byteCount: bytes.count, maximum: QRVersion.all[39].byteCapacity(correction))
        }
        let data = QRCodewords.data(bytes, version: version, level: correction)
        let codewords = QRCodewords.interleaved(data, version: version, level: correction)
        var builder = QRMatrixBuilder(version: version)
        builder.placeFunctionPatterns()
        builder.placeCodewords(codewords)
        let mask = forcedMask ?? builder.bestMask(level: correction)
        builder.applyMask(mask)
        builder.placeFormatInformation(level: correction, mask: mask)
        return QRMatrix(
            size: version.size, version: version.number, correction: correction, mask: mask,
            modules: builder.modules)
    }
}
