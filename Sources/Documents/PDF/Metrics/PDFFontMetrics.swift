/// Advance widths and vertical extent of one standard font, in 1/1000 em.
struct PDFFontMetrics: Sendable {
    /// Top of the tallest letters above the baseline.
    let ascender: Int
    /// Bottom of descenders, below the baseline (negative).
    let descender: Int
    /// Widths for WinAnsi codes 32–255.
    let widths: [UInt16]

    init(ascender: Int, descender: Int, widths: [UInt16]) {
        self.ascender = ascender
        self.descender = descender
        self.widths = widths
    }

    /// The advance width of WinAnsi code `code`.
    func width(of code: UInt8) -> Int {
        code >= 32 ? Int(widths[Int(code) - 32]) : 0
    }
}
