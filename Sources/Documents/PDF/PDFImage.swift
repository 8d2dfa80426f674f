/// An image XObject: JPEG data passed through as DCTDecode, or PNG pixels recompressed as
/// FlateDecode with their alpha channel as a soft mask (PDF 32000-1 §8.9.5, §11.6.5.3).
package struct PDFImage: Sendable, Equatable {
    /// Pixels per row.
    package let width: Int
    /// Rows.
    package let height: Int
    /// DeviceGray, DeviceRGB or DeviceCMYK.
    let colorSpace: String
    /// DCTDecode or FlateDecode.
    let filter: String
    /// The encoded sample data.
    let data: [UInt8]
    /// The /Decode array, for Adobe's inverted CMYK JPEGs.
    let decode: String?
    /// Flate-compressed 8-bit alpha, drawn as /SMask.
    let softMask: [UInt8]?

    /// A JPEG file placed as it is; size and components come from its SOF marker.
    package init(jpeg bytes: [UInt8]) throws(PDFImageError) {
        let frame = try JPEGFrame.read(bytes)
        width = frame.width
        height = frame.height
        switch frame.components {
        case 1: colorSpace = "DeviceGray"
        case 3: colorSpace = "DeviceRGB"
        case 4: colorSpace = "DeviceCMYK"
        default: throw .unsupportedJPEG("\(frame.components) colour components")
        }
        decode = frame.components == 4 && frame.adobeInverted ? "[1 0 1 0 1 0 1 0]" : nil
        filter = "DCTDecode"
        data = bytes
        softMask = nil
    }

    /// An 8-bit PNG file (gray, gray+alpha, RGB or RGBA) decoded and recompressed.
    package init(png bytes: [UInt8]) throws(PDFImageError) {
        let image: PNGImage
        do {
            image = try PNGReader.decode(bytes)
        } catch {
            throw .png(error)
        }
        width = image.width
        height = image.height
        colorSpace = image.colorChannels == 1 ? "DeviceGray" : "DeviceRGB"
        filter = "FlateDecode"
        decode = nil
        let (color, alpha) = image.separatingAlpha()
        do {
            data = try Zlib.compress(color)
            // A fully opaque alpha channel needs no mask.
            if let alpha, alpha.contains(where: { $0 != 255 }) {
                softMask = try Zlib.compress(alpha)
            } else {
                softMask = nil
            }
        } catch {
            throw .compression(error)
        }
    }
}
