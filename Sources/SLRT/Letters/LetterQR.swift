import Documents

/// The QR code of a letter's verification address (QR model 2, byte mode, level M), as SVG markup
/// for the print view and as a matrix for the PDF.
enum LetterQR {
    static func matrix(_ url: String) throws -> QRMatrix {
        try QRCode.encode(Array(url.utf8), correction: .medium)
    }

    /// The SVG: modules as one path, sized by attributes (no style attribute: the CSP holds).
    static func svg(_ url: String) throws -> String {
        try matrix(url).svg(moduleSize: 4, quietZone: 4)
    }
}
