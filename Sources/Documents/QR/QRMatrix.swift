/// A finished QR symbol: a square of dark and light modules, without the quiet zone.
package struct QRMatrix: Sendable, Equatable {
    /// Modules per side (21 for version 1, four more per version).
    package let size: Int
    /// The symbol version, 1 through 40.
    package let version: Int
    /// The error correction level it was encoded with.
    package let correction: QRErrorCorrection
    /// The data mask pattern applied (0–7).
    package let mask: Int
    /// Row-major, `true` for dark.
    package let modules: [Bool]

    /// Whether the module at column `x`, row `y` (from the top left) is dark.
    package subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }
}
