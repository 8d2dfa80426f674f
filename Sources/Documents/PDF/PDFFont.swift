/// The standard Type 1 fonts every PDF reader has (PDF 32000-1 §9.6.2.2), used unembedded
/// with WinAnsiEncoding.
package enum PDFFont: Int, Sendable, CaseIterable, Hashable {
    case helvetica, helveticaBold, helveticaOblique, helveticaBoldOblique
    case timesRoman, timesBold, timesItalic, timesBoldItalic
    case courier, courierBold, courierOblique, courierBoldOblique

    /// The PostScript name in the font dictionary's /BaseFont.
    package var baseFont: String {
        switch self {
        case .helvetica: "Helvetica"
        case .helveticaBold: "Helvetica-Bold"
        case .helveticaOblique: "Helvetica-Oblique"
        case .helveticaBoldOblique: "Helvetica-BoldOblique"
        case .timesRoman: "Times-Roman"
        case .timesBold: "Times-Bold"
        case .timesItalic: "Times-Italic"
        case .timesBoldItalic: "Times-BoldItalic"
        case .courier: "Courier"
        case .courierBold: "Courier-Bold"
        case .courierOblique: "Courier-Oblique"
        case .courierBoldOblique: "Courier-BoldOblique"
        }
    }

    /// The name pages use for it in their /Font resources.
    var resourceName: String { "F\(rawValue + 1)" }

    var metrics: PDFFontMetrics {
        switch self {
        case .helvetica: .helvetica
        case .helveticaBold: .helveticaBold
        case .helveticaOblique: .helveticaOblique
        case .helveticaBoldOblique: .helveticaBoldOblique
        case .timesRoman: .timesRoman
        case .timesBold: .timesBold
        case .timesItalic: .timesItalic
        case .timesBoldItalic: .timesBoldItalic
        case .courier: .courier
        case .courierBold: .courierBold
        case .courierOblique: .courierOblique
        case .courierBoldOblique: .courierBoldOblique
        }
    }

    /// Height of the tallest letters above the baseline at `size` points.
    package func ascender(size: Double) -> Double { Double(metrics.ascender) * size / 1000 }

    /// Depth below the baseline at `size` points (negative).
    package func descender(size: Double) -> Double { Double(metrics.descender) * size / 1000 }

    /// The width of `text` set at `size` points, as the reader will draw it (after WinAnsi conversion).
    package func width(of text: String, size: Double) -> Double {
        width(ofEncoded: WinAnsi.encode(text), size: size)
    }

    /// The width of WinAnsi bytes at `size` points.
    func width(ofEncoded bytes: some Sequence<UInt8>, size: Double) -> Double {
        let metrics = metrics
        var units = 0
        for byte in bytes { units += metrics.width(of: byte) }
        return Double(units) * size / 1000
    }
}
