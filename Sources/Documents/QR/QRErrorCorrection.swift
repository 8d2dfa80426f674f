/// The four error correction levels of ISO/IEC 18004 (share of codewords that can be restored).
package enum QRErrorCorrection: Int, Sendable, CaseIterable {
    /// About 7% of codewords.
    case low
    /// About 15% of codewords; what the letters use.
    case medium
    /// About 25% of codewords.
    case quartile
    /// About 30% of codewords.
    case high

    /// The two bits of the format information (ISO/IEC 18004 Table 12: L=01, M=00, Q=11, H=10).
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }
}
