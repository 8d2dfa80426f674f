/// Why a PNG file could not be read.
package enum PNGError: Error, Equatable, Sendable {
    /// The file does not start with the PNG signature.
    case notPNG
    /// A chunk runs past the end of the file, or IHDR or IEND is missing.
    case truncated
    /// A chunk's CRC does not match its contents.
    case badChecksum(chunk: String)
    /// The header names a combination this reader does not take (only 8-bit, non-interlaced
    /// gray, gray+alpha, RGB and RGBA are read).
    case unsupported(String)
    /// The compressed image data or its filters are broken.
    case corrupt(String)
    /// Width × height past the reader's limit.
    case tooLarge(width: Int, height: Int)
}
