/// Why an image could not be placed in a PDF.
package enum PDFImageError: Error, Equatable, Sendable {
    /// The bytes are not a JPEG file (no SOI marker).
    case notJPEG
    /// The JPEG has no frame header (SOF) before its scan, or it is cut short.
    case jpegWithoutFrame
    /// A JPEG that PDF's DCTDecode cannot show (precision other than 8 bits, unusual components).
    case unsupportedJPEG(String)
    /// The PNG could not be read.
    case png(PNGError)
    /// zlib failed while compressing the pixels.
    case compression(Zlib.Failure)
}
